package org.baoku.importjob;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

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
 * may be ahead of what the index kept, and writing a page's articles twice is harmless.
 */
@Named
@Dependent
public class PagesToIndexReader extends AbstractItemReader {

    private static final int WINDOW = 1000;

    /** {@code run} (default) or {@code archive}. */
    @Inject
    @BatchProperty
    String scope;

    @Inject
    JobContext job;

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    private long lastId;
    private boolean exhausted;
    private final Deque<Long> window = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        if (scope != null && !scope.isBlank() && !scope.equals("run") && !scope.equals("archive")) {
            throw new IllegalArgumentException("property 'scope' must be run or archive, not '" + scope + "'");
        }
        lastId = 0;
    }

    @Override
    public Object readItem() {
        if (window.isEmpty() && !exhausted) {
            window.addAll(("archive".equals(scope) ? em.createQuery("select p.id from Page p "
                            + "where p.superseded = false and p.id > :after order by p.id", Long.class)
                    : em.createQuery("select distinct r.page.id from ImportRecord r where r.jobInstanceId = :run "
                            + "and r.outcome in :imported and r.page.id > :after order by r.page.id", Long.class)
                    .setParameter("run", job.getInstanceId())
                    .setParameter("imported", List.of(ImportOutcome.IMPORTED,
                            ImportOutcome.IMPORTED_WITH_WARNINGS)))
                    .setParameter("after", lastId)
                    .setMaxResults(WINDOW)
                    .getResultList());
            exhausted = window.size() < WINDOW;
        }
        Long next = window.pollFirst();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
