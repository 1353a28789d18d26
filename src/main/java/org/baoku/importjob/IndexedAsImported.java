package org.baoku.importjob;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What an import execution's chunks indexed as they were imported, so that its {@code index-articles} step
 * need not read the pages back: per execution, the files whose pages (or articles) committed chunks
 * imported and indexed, and the backend's work for them. The step reads nothing when every file the run
 * imported is counted here and the backend wrote them all; otherwise — a restart, whose earlier execution's
 * documents may not have reached the disk, a cluster, whose other nodes imported part of the run, a
 * failure of the backend — it indexes the run's pages again, as it always did. Kept in memory only: a
 * crash loses it, and the restart takes the safe way.
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
     * Counts {@code files} for {@code execution} once the current transaction has committed (not at all
     * when it rolls back).
     */
    public void countOnCommit(long execution, int files) {
        Tally tally = tally(execution);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    tally.files.addAndGet(files);
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
     * Whether the chunks of {@code execution} indexed all of the {@code importedFiles} the run imported,
     * once the backend has written what it was handed (waited for at most {@link #BACKEND_WAIT}); forgets
     * the execution.
     */
    public boolean covered(long execution, long importedFiles) {
        return covered(execution, importedFiles, BACKEND_WAIT);
    }

    boolean covered(long execution, long importedFiles, Duration wait) {
        Tally tally;
        synchronized (executions) {
            tally = executions.remove(execution);
        }
        if (tally == null) {
            return false;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        for (CompletableFuture<?> indexing; (indexing = tally.pending.peek()) != null; ) {
            try {
                indexing.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | RuntimeException failed) {
                tally.failed.set(true);
            } catch (TimeoutException slow) {
                LOG.warning("execution " + execution + ": the search index has not written the articles imported "
                        + "within " + wait.toSeconds() + " s (the run's pages are indexed again)");
                return false;
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
            tally.pending.remove(indexing);
        }
        return !tally.failed.get() && tally.files.get() == importedFiles;
    }

    private Tally tally(long execution) {
        synchronized (executions) {
            return executions.computeIfAbsent(execution, id -> new Tally());
        }
    }

    private static final class Tally {
        final AtomicLong files = new AtomicLong();
        final AtomicBoolean failed = new AtomicBoolean();
        final Queue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
    }
}
