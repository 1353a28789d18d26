package org.baoku.outage;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Decides, for one partition of the import, whether a failed chunk is tried again and after how long.
 *
 * <ul>
 * <li>A database outage ({@link DatabaseOutage}) is retried, with {@link OutageBackoff}'s waits, for as long
 * as the outage lasts up to a bound (job parameter {@code outageLimitSeconds}, default 120 s), however
 * many retries that takes: a database restart shorter than the bound never fails the run. Past the bound
 * the chunk fails with a {@link DatabaseOutageException} that says so.</li>
 * <li>Any other retryable error (a lock timeout, two partitions inserting the same row) is retried at most
 * {@code retryLimit} times in the partition, as before, with the same waits.</li>
 * </ul>
 *
 * A chunk that commits ends the outage ({@link #recovered()}). Time comes from an injected clock, and
 * the caller does the waiting, so that tests need no sleeps.
 */
public final class OutageRetries {

    public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(2);

    private final OutageBackoff backoff;
    private final Duration limit;
    private final int retryLimit;
    private final LongSupplier nanoTime;

    private long outageSince;
    private boolean inOutage;
    private int outageAttempts;
    private int otherRetries;

    /**
     * @param limit      how long an outage is waited out
     * @param retryLimit retries of other errors in this partition; negative: no limit
     * @param nanoTime   {@code System::nanoTime} in the server
     */
    public OutageRetries(OutageBackoff backoff, Duration limit, int retryLimit, LongSupplier nanoTime) {
        this.backoff = backoff;
        this.limit = limit;
        this.retryLimit = retryLimit;
        this.nanoTime = nanoTime;
    }

    /**
     * @return how long to wait before the retry of the chunk that failed so
     * @throws Exception the exception to fail the chunk with, when no retry is left
     */
    public Duration next(Exception failure) throws Exception {
        if (DatabaseOutage.isOutage(failure)) {
            long now = nanoTime.getAsLong();
            if (!inOutage) {
                inOutage = true;
                outageSince = now;
                outageAttempts = 0;
            }
            Duration waited = Duration.ofNanos(now - outageSince);
            if (waited.compareTo(limit) >= 0) {
                throw new DatabaseOutageException("the database has been unreachable for " + waited.toSeconds()
                        + " s, longer than the job parameter 'outageLimitSeconds' (" + limit.toSeconds() + " s) allows "
                        + "(" + outageAttempts + " retries); restart the execution once it is back. Last error: "
                        + failure, failure);
            }
            Duration delay = backoff.delay(outageAttempts++);
            Duration left = limit.minus(waited);
            // the last retry happens at the bound, not before it
            return delay.compareTo(left) > 0 ? left : delay;
        }
        if (retryLimit >= 0 && otherRetries >= retryLimit) {
            throw failure;
        }
        return backoff.delay(otherRetries++);
    }

    /** A chunk committed: the database is there, the next outage is counted from its start. */
    public void recovered() {
        inOutage = false;
        outageAttempts = 0;
    }

    /** @return whether the last failure was an outage that no chunk has committed after since */
    public boolean inOutage() {
        return inOutage;
    }
}
