package org.baoku.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.PessimisticLockException;

import org.junit.jupiter.api.Test;

/** The backoff schedule and the retry decisions, on a clock the test moves: nothing sleeps. */
class OutageRetriesTest {

    private static final Exception LOST = new DatabaseOutageException(new SQLException("terminating connection", "57P01"));
    private static final Exception LOCK = new PessimisticLockException(new SQLException("lock timeout", "55P03"));

    private long now = 1_000_000_000L;

    @Test
    void theScheduleDoublesFromAQuarterSecondUpToTenSeconds() {
        OutageBackoff longest = new OutageBackoff(() -> 0.999_999);
        List<Long> millis = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            millis.add(longest.delay(attempt).toMillis());
        }
        assertEquals(List.of(250L, 500L, 1000L, 2000L, 4000L, 8000L, 10000L, 10000L, 10000L), millis);
        assertEquals(Duration.ofSeconds(10), longest.delay(Integer.MAX_VALUE));
    }

    @Test
    void jitterWaitsBetweenHalfAndAllOfTheStep() {
        OutageBackoff shortest = new OutageBackoff(() -> 0.0);
        OutageBackoff middle = new OutageBackoff(() -> 0.5);
        assertEquals(125, shortest.delay(0).toMillis());
        assertEquals(4000, shortest.delay(5).toMillis());
        assertEquals(5000, shortest.delay(12).toMillis());
        assertEquals(6000, middle.delay(5).toMillis());
    }

    @Test
    void anOutageShorterThanTheBoundIsWaitedOutHoweverManyRetriesItTakes() throws Exception {
        OutageRetries retries = retries(Duration.ofMinutes(2), 3);
        Duration waited = Duration.ZERO;
        int attempts = 0;
        while (waited.compareTo(Duration.ofSeconds(100)) < 0) { // the database is away for 100 s
            Duration delay = retries.next(LOST);
            assertTrue(delay.compareTo(OutageBackoff.CAP) <= 0, delay.toString());
            advance(delay);
            waited = waited.plus(delay);
            attempts++;
        }
        assertTrue(attempts > 3, "more retries than retryLimit: " + attempts);
        assertTrue(retries.inOutage());
        retries.recovered();
        assertEquals(Duration.ofMillis(250), retries.next(LOST), "a new outage starts the schedule again");
    }

    @Test
    void theLastRetryIsAtTheBoundAndThenTheChunkFailsSayingWhy() throws Exception {
        OutageRetries retries = retries(Duration.ofSeconds(20), 3);
        Duration total = Duration.ZERO;
        List<Duration> delays = new ArrayList<>();
        DatabaseOutageException failure = null;
        while (failure == null) {
            try {
                Duration delay = retries.next(LOST);
                delays.add(delay);
                total = total.plus(delay);
                advance(delay);
            } catch (DatabaseOutageException e) {
                failure = e;
            }
        }
        assertEquals(Duration.ofSeconds(20), total, "waits add up to the bound exactly: " + delays);
        assertEquals(List.of(250L, 500L, 1000L, 2000L, 4000L, 8000L, 4250L), delays.stream().map(Duration::toMillis).toList());
        assertTrue(failure.getMessage().contains("outageLimitSeconds"), failure.getMessage());
        assertSame(LOST, failure.getCause());
    }

    @Test
    void otherErrorsKeepTheirRetryLimitAndWaitToo() throws Exception {
        OutageRetries retries = retries(Duration.ofMinutes(2), 3);
        assertEquals(List.of(250L, 500L, 1000L), List.of(retries.next(LOCK).toMillis(), retries.next(LOCK).toMillis(),
                retries.next(LOCK).toMillis()));
        assertSame(LOCK, assertThrows(PessimisticLockException.class, () -> retries.next(LOCK)));
        // an outage is counted on its own: the lock retries spent do not shorten it
        assertEquals(Duration.ofMillis(250), retries.next(LOST));
    }

    @Test
    void aRecoveredDatabaseGetsTheWholeBoundAgain() throws Exception {
        OutageRetries retries = retries(Duration.ofSeconds(10), 0);
        advance(retries.next(LOST));
        advance(Duration.ofSeconds(9));
        retries.recovered();
        advance(Duration.ofMinutes(5));
        assertEquals(Duration.ofMillis(250), retries.next(LOST));
    }

    private OutageRetries retries(Duration limit, int retryLimit) {
        return new OutageRetries(new OutageBackoff(() -> 0.999_999), limit, retryLimit, () -> now);
    }

    private void advance(Duration by) {
        now += by.toNanos();
    }
}
