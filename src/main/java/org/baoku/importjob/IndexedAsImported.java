package org.baoku.importjob;

import java.time.Duration;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What an import execution's chunks indexed as they were imported, so that its {@code index-articles} step
 * need not read those pages back: per execution, the manifest positions of the files whose pages (or
 * articles) committed chunks imported and indexed, and the backend's work for them. The step reads nothing
 * when every file the run imported is among them; otherwise it reads the rest — after a restart, the files
 * of the earlier executions (whose documents may not have reached the disk), on a cluster, the files other
 * nodes imported — and, when the backend failed, every file of the run, as it always did. Kept in memory
 * only: a crash loses it, and the restart takes the safe way.
 */
@ApplicationScoped
public class IndexedAsImported {

    private static final Logger LOG = Logger.getLogger(IndexedAsImported.class.getName());

    /** Executions remembered at once; a forgotten one's index step just takes the safe way. */
    static final int EXECUTIONS = 16;

    /**
     * How long the index step waits for the backend to write what the chunks handed it: a few chunks' worth
     * is normally pending, written in well under a second. A backend that takes longer is not waited for
     * indefinitely (a batch thread stuck here would also hold up the server's shutdown): the step takes the
     * safe way instead.
     */
    static final Duration BACKEND_WAIT = Duration.ofMinutes(2);

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<Long, Tally> executions = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Tally> eldest) {
            return size() > EXECUTIONS;
        }
    };

    /**
     * Records the manifest {@code positions} of files the current transaction imported and indexed for
     * {@code execution}, once it has committed (not at all when it rolls back).
     */
    public void coverOnCommit(long execution, long[] positions) {
        if (positions.length == 0) {
            return;
        }
        Tally tally = tally(execution);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    tally.cover(positions);
                }
            }
        });
    }

    /** Keeps the backend's work for a chunk of {@code execution}, handed over after its commit. */
    public void handedOver(long execution, CompletableFuture<?> indexing) {
        Tally tally = tally(execution);
        tally.pending.add(indexing);
        indexing.whenComplete((done, failure) -> {
            if (failure != null && tally.failed.compareAndSet(false, true)) {
                LOG.warning("execution " + execution + ": the search index refused articles as they were imported "
                        + "(the run's pages are indexed again after the import): " + failure);
            }
            tally.pending.remove(indexing);
        });
    }

    /**
     * The positions the chunks of {@code execution} indexed, once the backend has written what it was handed
     * (waited for at most {@link #BACKEND_WAIT}); {@link IndexedPositions#NONE} when the execution indexed
     * nothing here or the backend failed or did not answer. Forgets the execution.
     */
    public IndexedPositions covered(long execution) {
        return covered(execution, BACKEND_WAIT);
    }

    IndexedPositions covered(long execution, Duration wait) {
        Tally tally;
        synchronized (executions) {
            tally = executions.remove(execution);
        }
        if (tally == null) {
            return IndexedPositions.NONE;
        }
        try { // the import step has ended: no chunk hands over more work meanwhile
            CompletableFuture.allOf(tally.pending.toArray(CompletableFuture[]::new))
                    .get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException refused) { // logged by handedOver
            return IndexedPositions.NONE;
        } catch (TimeoutException slow) {
            LOG.warning("execution " + execution + ": the search index has not written the articles imported "
                    + "within " + wait + " (the run's pages are indexed again)");
            return IndexedPositions.NONE;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return IndexedPositions.NONE;
        }
        return tally.failed.get() ? IndexedPositions.NONE : tally.positions();
    }

    private Tally tally(long execution) {
        synchronized (executions) {
            return executions.computeIfAbsent(execution, id -> new Tally());
        }
    }

    private static final class Tally {
        private final BitSet positions = new BitSet();
        final AtomicBoolean failed = new AtomicBoolean();
        final Queue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();

        synchronized void cover(long[] covered) {
            for (long position : covered) {
                if (!IndexedPositions.tracks(position)) {
                    failed.set(true); // a manifest of over two billion files: not tracked, the safe way
                    return;
                }
                positions.set((int) position);
            }
        }

        synchronized IndexedPositions positions() {
            return new IndexedPositions((BitSet) positions.clone());
        }
    }
}
