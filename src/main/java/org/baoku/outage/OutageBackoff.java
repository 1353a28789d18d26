package org.baoku.outage;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before the n-th retry: exponential from {@link #FIRST} (250 ms, 500 ms, 1 s, 2 s, 4 s,
 * 8 s, then {@link #CAP} 10 s each), with "equal jitter" — between half and all of that — so that the
 * partitions of a run, which all lose the database at the same moment, do not knock on it in step. The
 * cap keeps a run from sleeping long after the database is back: it resumes within 10 s of it.
 *
 * <p>Retries an instant apart spent the old retry limit of 3 within ~130 ms of a PostgreSQL restart.
 */
public final class OutageBackoff {

    public static final Duration FIRST = Duration.ofMillis(250);
    public static final Duration CAP = Duration.ofSeconds(10);

    private final DoubleSupplier random;

    /** @param random values in [0, 1): {@code Math::random} in the server, fixed ones in tests */
    public OutageBackoff(DoubleSupplier random) {
        this.random = random;
    }

    /** @param attempt 0 for the first retry of a failure, 1 for the second, … */
    public Duration delay(int attempt) {
        long full = Math.min(CAP.toMillis(), FIRST.toMillis() << Math.min(Math.max(attempt, 0), 20));
        long half = full / 2;
        double jitter = Math.min(Math.max(random.getAsDouble(), 0), 1);
        return Duration.ofMillis(half + Math.round(jitter * (full - half)));
    }
}
