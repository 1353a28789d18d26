package org.baoku.importjob;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import org.baoku.archive.ChunkRows;
import org.baoku.archive.ImportRun;
import org.baoku.archive.KnownContributors;
import org.baoku.archive.PageArchive;
import org.baoku.archive.StoreResult;
import org.baoku.delivery.Quarantine;
import org.baoku.outage.DatabaseOutage;
import org.baoku.search.ArticleIndexer;

/**
 * Stores a chunk of readings in the archive, in the chunk's transaction. Pages the archive refuses
 * (unknown issue, duplicate page) are quarantined like files the parser rejected, and booked as
 * write-skipped in the step's metrics ({@link StepBooks}).
 */
@Named
@Dependent
public class ArchiveItemWriter extends AbstractItemWriter {

    /** The publication of inner pages whose front page is not in the delivery; optional. */
    @Inject
    @BatchProperty
    String publication;

    @Inject
    @BatchProperty
    String inbox;

    @Inject
    @BatchProperty
    String quarantine;

    /**
     * {@code true}: the chunk's articles go into the search index as it commits ({@link IndexedAsImported});
     * the run's {@code index-articles} step then reads nothing back. Not on another node's share of a run.
     */
    @Inject
    @BatchProperty
    String indexAsImported;

    @Inject
    CurrentRun run;

    @Inject
    ArticleIndexer indexer;

    @Inject
    IndexedAsImported indexed;

    @Inject
    StepContext step;

    @Inject
    PageArchive archive;

    @Inject
    RejectedFiles rejectedFiles;

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    /** Lives as long as the partition's writer: reporters found by one chunk are known to the next. */
    private final KnownContributors knownContributors = new KnownContributors();

    private final StepBooks books = new StepBooks();

    @Override
    public void writeItems(List<Object> items) throws Exception {
        try {
            write(items);
        } catch (Exception e) {
            throw DatabaseOutage.retryable(e);
        }
    }

    private void write(List<Object> items) {
        ImportRun importRun = run.importRun();
        // no flush before the chunk's queries: changes to shared rows go out once, in completeChunk, and
        // ChunkRows answers for what the chunk has stored meanwhile
        em.setFlushMode(FlushModeType.COMMIT);
        List<ImportItem> files = items.stream().map(ImportItem.class::cast).toList();
        ChunkRows chunk = archive.beginChunk(files.stream().map(file -> file.file().path()).toList(),
                files.stream().map(file -> file.reading().issue()).toList(), knownContributors);
        Quarantine setAside = null;
        books.chunkStarts();
        for (ImportItem next : files) {
            StoreResult result = archive.store(importRun, next.file(), next.reading(), JobParameters.text(publication),
                    chunk);
            if (result.rejected()) {
                books.rejected();
                setAside = setAside != null ? setAside : JobParameters.quarantine(inbox, quarantine);
                rejectedFiles.setAside(importRun, next.file(), result.reason(), setAside);
            }
        }
        // database errors surface here, inside the writer, where the step retries them
        archive.completeChunk(chunk);
        if (Boolean.parseBoolean(indexAsImported)) {
            long execution = run.execution();
            indexer.indexOnCommit(chunk.articleChanges(), indexing -> indexed.handedOver(execution, indexing));
            indexed.coverOnCommit(execution, chunk.importedPagePositions());
        }
    }

    /** Called by the batch runtime right before the chunk commits. */
    @Override
    public Serializable checkpointInfo() {
        books.chunkCommits(step);
        return null;
    }
}
