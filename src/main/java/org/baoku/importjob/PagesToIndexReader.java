package org.baoku.importjob;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.baoku.archive.ImportOutcome;

/**
 * Reads the ids of the pages whose articles go into the search index, in id order, a window at a time:
 * with {@code scope=run} the pages this run imported (across all its executions), with
 * {@code scope=archive} every current page. A restart reads from the first page again, not from the
 * checkpoint: the index commits when the step ends (see ArticleIndexer), so after a crash the checkpoint
 * may be ahead of what the index kept, and writing a page's articles twice is harmless. With
 * {@code scope=run} it leaves out the files the execution's import step indexed as it imported them
 * ({@link IndexedAsImported}), and reads nothing when that was every file the run imported.
 */
@Named
@Dependent
public class PagesToIndexReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(PagesToIndexReader.class.getName());

    /** The import records of a run that brought a page (a METS file describes an issue and brings none). */
    private static final String RUN_PAGE_RECORDS = "r.jobInstanceId = :run and r.outcome in :imported "
            + "and r.page is not null";

    /**
     * Ids (of pages, or manifest positions of the run's import records) read per query: a range of ids,
     * not a limit, since H2 evaluates a whole ordered query before it applies a limit.
     */
    private static final int WINDOW = 1000;

    /** {@code run} (default) or {@code archive}. */
    @Inject
    @BatchProperty
    String scope;

    @Inject
    JobContext job;

    @Inject
    IndexedAsImported indexedAsImported;

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    private long windowEnd;
    private long last;
    private IndexedPositions indexedAlready = IndexedPositions.NONE;
    private final Deque<Long> window = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        if (scope != null && !scope.isBlank() && !scope.equals("run") && !scope.equals("archive")) {
            throw new IllegalArgumentException("property 'scope' must be run or archive, not '" + scope + "'");
        }
        windowEnd = 0;
        if (!wholeArchive()) {
            long imported = em.createQuery("select count(r) from ImportRecord r where " + RUN_PAGE_RECORDS, Long.class)
                    .setParameter("run", job.getInstanceId()).setParameter("imported", ImportOutcome.IMPORTING)
                    .getSingleResult();
            indexedAlready = indexedAsImported.covered(job.getExecutionId());
            long alreadyIndexed = indexedAlready.count();
            if (alreadyIndexed == imported) {
                if (imported > 0) {
                    LOG.info(() -> "archive-import " + job.getExecutionId() + ": the " + imported
                            + " files the run imported were indexed as they were imported");
                }
                last = 0;
                return;
            }
            LOG.info(() -> "archive-import " + job.getExecutionId() + ": indexing the pages of " + (alreadyIndexed == 0
                    ? "the " + imported + " files the run imported"
                    : (imported - alreadyIndexed) + " of the " + imported + " files the run imported (the others were "
                            + "indexed as they were imported)"));
        }
        Long max = wholeArchive()
                ? em.createQuery("select max(p.id) from Page p", Long.class).getSingleResult()
                : em.createQuery("select max(r.manifestPosition) from ImportRecord r where r.jobInstanceId = :run",
                        Long.class).setParameter("run", job.getInstanceId()).getSingleResult();
        last = max == null ? 0 : max;
    }

    @Override
    public Object readItem() {
        while (window.isEmpty() && windowEnd < last) {
            long from = windowEnd;
            windowEnd = Math.min(last, from + WINDOW);
            window.addAll(wholeArchive()
                    ? em.createQuery("select p.id from Page p where p.id > :from and p.id <= :to "
                            + "and p.superseded = false order by p.id", Long.class)
                            .setParameter("from", from).setParameter("to", windowEnd).getResultList()
                    : em.createQuery("select r.manifestPosition, r.page.id from ImportRecord r where "
                            + RUN_PAGE_RECORDS + " and r.manifestPosition > :from and r.manifestPosition <= :to "
                            + "order by r.manifestPosition", Object[].class)
                            .setParameter("run", job.getInstanceId())
                            .setParameter("from", from).setParameter("to", windowEnd)
                            .setParameter("imported", ImportOutcome.IMPORTING)
                            .getResultList().stream()
                            .filter(record -> !indexedAlready.contains((Long) record[0]))
                            .map(record -> (Long) record[1])
                            // the article files of one page are adjacent in the manifest: their page once
                            .distinct().toList());
        }
        return window.pollFirst();
    }

    private boolean wholeArchive() {
        return "archive".equals(scope);
    }

}
