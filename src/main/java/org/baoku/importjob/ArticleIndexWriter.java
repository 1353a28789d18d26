package org.baoku.importjob;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.search.ArticleIndexer;

/**
 * Puts the articles of a chunk of pages into the search index (and takes superseded ones out). The backend
 * writes a chunk while the next one is read; {@link #close()} waits for the last, before the step's
 * listener commits the index.
 */
@Named
@Dependent
public class ArticleIndexWriter extends AbstractItemWriter {

    @Inject
    ArticleIndexer indexer;

    @Override
    public void writeItems(List<Object> pageIds) {
        indexer.indexPages(pageIds.stream().map(Long.class::cast).toList());
    }

    @Override
    public void close() {
        indexer.awaitIndexed();
    }
}
