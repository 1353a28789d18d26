package org.baoku.cli.bench;

import java.time.Duration;

/**
 * Repeats a pass's work, untimed, before it is timed: the bench's JVM meets the parser, Lucene and the
 * JDBC drivers first at the smallest size, and a few hundred runs of them leave most of it to the JIT
 * compilers still (a 1,000-file parse pass ran at a third of the 10,000-file one's rate after 900 parses).
 * By time, not by count: it stops when the compilers have had the time they take on this machine.
 */
final class WarmUp {

    /** How long each pass is warmed up. */
    static final Duration TIME = Duration.ofSeconds(5);

    interface Round {
        void run() throws Exception;
    }

    private WarmUp() {
    }

    /** Runs the round until {@code atLeast} has passed, at least once; returns how many rounds ran. */
    static int repeat(Duration atLeast, Round round) throws Exception {
        long end = System.nanoTime() + atLeast.toNanos();
        int rounds = 0;
        do {
            round.run();
            rounds++;
        } while (System.nanoTime() < end);
        return rounds;
    }
}
