package org.baoku.importjob;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.api.chunk.listener.RetryProcessListener;
import jakarta.batch.api.chunk.listener.RetryReadListener;
import jakarta.batch.api.chunk.listener.RetryWriteListener;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.RollbackException;

import org.baoku.outage.DatabaseOutage;
import org.baoku.outage.DetachedFailure;
import org.baoku.outage.OutageBackoff;
import org.baoku.outage.OutageRetries;

/**
 * Spaces the import's chunk retries out and bounds them ({@link OutageRetries}): the batch runtime retries
 * at once and counts retries per partition, so a database restart spent the old limit of 3 within ~130 ms.
 * The chunk's own {@code retry-limit} is unlimited; this listener ends the retries instead, by throwing,
 * which fails the chunk with that exception.
 *
 * <p>One instance per partition (the runtime creates chunk listeners per partition). The wait happens
 * before the runtime rolls the chunk back and tries it again.
 */
@Named
@Dependent
public class OutageRetryListener extends AbstractChunkListener
        implements RetryReadListener, RetryProcessListener, RetryWriteListener {

    private static final Logger LOG = Logger.getLogger(OutageRetryListener.class.getName());

    /** How long an outage is waited out, in seconds (default 120). */
    @Inject
    @BatchProperty
    String outageLimitSeconds;

    /** Retries of other transient errors (lock timeouts, …) per partition (default 3). */
    @Inject
    @BatchProperty
    String retryLimit;

    @Inject
    StepContext step;

    private OutageRetries retries;

    @Override
    public void onRetryReadException(Exception ex) throws Exception {
        waitBeforeRetry(ex);
    }

    @Override
    public void onRetryProcessException(Object item, Exception ex) throws Exception {
        waitBeforeRetry(ex);
    }

    @Override
    public void onRetryWriteException(List<Object> items, Exception ex) throws Exception {
        waitBeforeRetry(ex);
    }

    @Override
    public void afterChunk() {
        if (retries != null && retries.inOutage()) {
            LOG.info(() -> "archive-import " + step.getStepName() + ": the database is back, the import goes on");
        }
        if (retries != null) {
            retries.recovered();
        }
    }

    private void waitBeforeRetry(Exception failure) throws Exception {
        // the runtime's own failures — the job repository's (BatchRuntimeException, JBERET000626 …) and the
        // chunk's commit (RollbackException) — are retried only when they are an outage, like the archive's
        if ((failure instanceof BatchRuntimeException || failure instanceof RollbackException)
                && !DatabaseOutage.isOutage(failure)) {
            throw failure;
        }
        if (retries == null) {
            retries = new OutageRetries(new OutageBackoff(Math::random),
                    Duration.ofSeconds(JobParameters.number(outageLimitSeconds, "outageLimitSeconds",
                            OutageRetries.DEFAULT_LIMIT.toSeconds())),
                    (int) JobParameters.number(retryLimit, "retryLimit", 3), System::nanoTime);
        }
        boolean wasOut = retries.inOutage();
        Duration delay;
        try {
            delay = retries.next(failure);
        } catch (Exception end) {
            // the runtime stores this in the job repository, and cannot read the JDBC driver's classes back
            LOG.log(Level.WARNING, "archive-import " + step.getStepName() + ": no retry left", end);
            throw DetachedFailure.of(end);
        }
        if (retries.inOutage() && !wasOut) {
            LOG.warning(() -> "archive-import " + step.getStepName() + ": database unreachable (" + failure
                    + "); retrying with backoff for up to " + JobParameters.number(outageLimitSeconds,
                    "outageLimitSeconds", OutageRetries.DEFAULT_LIMIT.toSeconds()) + " s");
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
