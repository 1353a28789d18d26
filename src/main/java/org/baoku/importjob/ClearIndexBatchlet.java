package org.baoku.importjob;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.search.ArticleIndexer;

/** Step {@code clear-index} of {@code reindex-archive}: the rebuild starts from an empty index. */
@Named
@Dependent
public class ClearIndexBatchlet extends AbstractBatchlet {

    @Inject
    ArticleIndexer indexer;

    @Override
    public String process() {
        indexer.clear();
        return "CLEARED";
    }
}
