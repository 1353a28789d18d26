package org.baoku.importjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;

class IndexedAsImportedTest {

    private final Transactions transactions = new Transactions();
    private final IndexedAsImported indexed = new IndexedAsImported();

    IndexedAsImportedTest() {
        indexed.transactions = transactions;
    }

    @Test
    void coversThePositionsOfCommittedChunks() {
        chunk(7, 1, 200, Status.STATUS_COMMITTED);
        chunk(7, 201, 35, Status.STATUS_COMMITTED);

        IndexedPositions covered = indexed.covered(7);
        assertEquals(235, covered.count());
        assertTrue(covered.contains(1) && covered.contains(235));
        assertFalse(covered.contains(236) || covered.contains(0));
    }

    @Test
    void aRolledBackChunkCoversNothing() {
        chunk(7, 1, 200, Status.STATUS_ROLLEDBACK);
        chunk(7, 1, 150, Status.STATUS_COMMITTED); // the retry, with fewer files once some were set aside

        IndexedPositions covered = indexed.covered(7);
        assertEquals(150, covered.count());
        assertFalse(covered.contains(151), "imported by the rolled-back chunk only");
    }

    @Test
    void onlyTheExecutionsOwnChunksCount() {
        chunk(7, 1, 200, Status.STATUS_COMMITTED);

        assertFalse(indexed.covered(7).contains(201), "an earlier execution or another node imported it");
        assertEquals(0, indexed.covered(8).count(), "an execution that indexed nothing here is not known");
    }

    @Test
    void waitsForTheBackendAndCoversNothingWhenItFailed() {
        CompletableFuture<Void> written = new CompletableFuture<>();
        CompletableFuture<Void> refused = new CompletableFuture<>();
        chunk(7, 1, 10, Status.STATUS_COMMITTED);
        indexed.handedOver(7, written);
        indexed.handedOver(7, refused);
        written.complete(null);
        refused.completeExceptionally(new IllegalStateException("disk full"));

        assertEquals(0, indexed.covered(7).count(), "which documents were lost is not known: all are indexed again");
    }

    @Test
    void doesNotWaitIndefinitelyForABackendThatNeverAnswers() {
        chunk(7, 1, 10, Status.STATUS_COMMITTED);
        indexed.handedOver(7, new CompletableFuture<>());

        assertEquals(0, indexed.covered(7, Duration.ofMillis(50)).count(), "not known to be written: the safe way");
    }

    @Test
    void aStoppedStepDoesNotWaitForTheBackend() {
        chunk(7, 1, 10, Status.STATUS_COMMITTED);
        indexed.handedOver(7, new CompletableFuture<>());

        Thread.currentThread().interrupt();
        try {
            assertEquals(0, indexed.covered(7, Duration.ofMinutes(1)).count());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void forgetsAnExecutionOnceAsked() {
        chunk(7, 1, 10, Status.STATUS_COMMITTED);
        indexed.handedOver(7, CompletableFuture.completedFuture(null));

        assertEquals(10, indexed.covered(7).count());
        assertEquals(0, indexed.covered(7).count(), "asked once, by the run's index step");
    }

    @Test
    void remembersABoundedNumberOfExecutions() {
        chunk(1, 1, 10, Status.STATUS_COMMITTED);
        for (long execution = 2; execution <= IndexedAsImported.EXECUTIONS + 1; execution++) {
            chunk(execution, 1, 10, Status.STATUS_COMMITTED);
        }

        assertEquals(0, indexed.covered(1).count(), "the oldest is forgotten: its index step reads the pages back");
        assertEquals(10, indexed.covered(IndexedAsImported.EXECUTIONS + 1).count());
    }

    @Test
    void aPositionBeyondWhatIsTrackedCoversNothing() {
        indexed.coverOnCommit(7, new long[] {1, 2, 3L + Integer.MAX_VALUE});
        transactions.complete(Status.STATUS_COMMITTED);

        assertEquals(0, indexed.covered(7).count());
    }

    /** A chunk of {@code files} imported files from manifest position {@code first} on, whose transaction ends with {@code status}. */
    private void chunk(long execution, long first, int files, int status) {
        indexed.coverOnCommit(execution, LongStream.range(first, first + files).toArray());
        transactions.complete(status);
    }

    /** One transaction at a time, completed by the test. */
    private static final class Transactions implements TransactionSynchronizationRegistry {
        private final List<Synchronization> synchronizations = new ArrayList<>();

        void complete(int status) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
            synchronizations.clear();
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            synchronizations.add(synchronization);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
