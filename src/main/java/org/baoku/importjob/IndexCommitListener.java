package org.baoku.importjob;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.search.ArticleIndexer;

/** Commits the search index when an {@code index-articles} step ends, however it ends. */
@Named
@Dependent
public class IndexCommitListener extends AbstractStepListener {

    @Inject
    ArticleIndexer indexer;

    @Override
    public void afterStep() {
        indexer.commit();
    }
}
