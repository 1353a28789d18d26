package org.baoku.importjob;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
    void coversTheRunWhenEveryImportedFileCameWithACommittedChunk() {
        chunk(7, 200, Status.STATUS_COMMITTED);
        chunk(7, 35, Status.STATUS_COMMITTED);

        assertTrue(indexed.covered(7, 235));
    }

    @Test
    void aRolledBackChunkCountsNothing() {
        chunk(7, 200, Status.STATUS_ROLLEDBACK);
        chunk(7, 200, Status.STATUS_COMMITTED); // the retry

        assertTrue(indexed.covered(7, 200));
    }

    @Test
    void filesImportedElsewhereLeaveTheRunUncovered() {
        chunk(7, 200, Status.STATUS_COMMITTED);

        assertFalse(indexed.covered(7, 350), "an earlier execution or another node imported 150 more");
        assertFalse(indexed.covered(8, 0), "an execution that indexed nothing is not known");
    }

    @Test
    void waitsForTheBackendAndIsNotCoveredWhenItFailed() {
        CompletableFuture<Void> written = new CompletableFuture<>();
        CompletableFuture<Void> refused = new CompletableFuture<>();
        chunk(7, 10, Status.STATUS_COMMITTED);
        indexed.handedOver(7, written);
        indexed.handedOver(7, refused);
        written.complete(null);
        refused.completeExceptionally(new IllegalStateException("disk full"));

        assertFalse(indexed.covered(7, 10));
    }

    @Test
    void doesNotWaitIndefinitelyForABackendThatNeverAnswers() {
        chunk(7, 10, Status.STATUS_COMMITTED);
        indexed.handedOver(7, new CompletableFuture<>());

        assertFalse(indexed.covered(7, 10, Duration.ofMillis(50)), "not known to be written: the safe way");
    }

    @Test
    void aStoppedStepDoesNotWaitForTheBackend() {
        chunk(7, 10, Status.STATUS_COMMITTED);
        indexed.handedOver(7, new CompletableFuture<>());

        Thread.currentThread().interrupt();
        try {
            assertFalse(indexed.covered(7, 10, Duration.ofMinutes(1)));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void forgetsAnExecutionOnceAsked() {
        chunk(7, 10, Status.STATUS_COMMITTED);
        indexed.handedOver(7, CompletableFuture.completedFuture(null));

        assertTrue(indexed.covered(7, 10));
        assertFalse(indexed.covered(7, 10), "asked once, by the run's index step");
    }

    @Test
    void remembersABoundedNumberOfExecutions() {
        chunk(1, 10, Status.STATUS_COMMITTED);
        for (long execution = 2; execution <= IndexedAsImported.EXECUTIONS + 1; execution++) {
            chunk(execution, 10, Status.STATUS_COMMITTED);
        }

        assertFalse(indexed.covered(1, 10), "the oldest is forgotten: its index step reads the pages back");
        assertTrue(indexed.covered(IndexedAsImported.EXECUTIONS + 1, 10));
    }

    /** A chunk of {@code files} imported files whose transaction ends with {@code status}. */
    private void chunk(long execution, int files, int status) {
        indexed.countOnCommit(execution, files);
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
