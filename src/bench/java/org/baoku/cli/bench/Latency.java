package org.baoku.cli.bench;

import java.util.Arrays;

/** Percentiles of request times in ms (nearest rank), of {@code queries} measured; {@code refused}: not 200. */
record Latency(int queries, double p50, double p95, double p99, int refused) {

    static Latency of(double[] millis, int refused) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latency(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), refused);
    }

    /** The smallest time at least {@code percent} % of the requests took no longer than. */
    static double rank(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
