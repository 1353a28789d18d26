package org.baoku.it;

import java.time.Duration;
import java.util.Set;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

/** Waits, with a bound, for a job execution to reach a terminal status. */
final class JobPolling {

    private static final Set<BatchStatus> TERMINAL =
            Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private JobPolling() {
    }

    static JobExecution awaitEnd(JobOperator operator, long executionId, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            JobExecution execution = operator.getJobExecution(executionId);
            // JBeret reports the terminal status before job listeners have set the exit status; the
            // execution is over once it also has an end time
            if (TERMINAL.contains(execution.getBatchStatus()) && execution.getEndTime() != null) {
                return execution;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + executionId + " still " + execution.getBatchStatus()
                        + " after " + bound);
            }
            Thread.sleep(100);
        }
    }
}
