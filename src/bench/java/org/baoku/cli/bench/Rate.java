package org.baoku.cli.bench;

/** {@code count} things done in {@code seconds}. */
public record Rate(long count, double seconds) {

    public static Rate since(long count, long startNanos) {
        return new Rate(count, (System.nanoTime() - startNanos) / 1e9);
    }

    public double perSecond() {
        return seconds <= 0 ? 0 : count / seconds;
    }
}
