package org.baoku.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peak heap of a JVM from its {@code -Xlog:gc} log: heap use is highest just before a collection,
 * so the largest "before" figure of any pause ({@code 150M->30M(512M)}) is the peak, to within the
 * last stretch after the final collection.
 */
final class GcLog {

    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private GcLog() {
    }

    private static final Pattern FULL = Pattern.compile("Pause Full .*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /**
     * The heap still in use after the last full collection: run after the job, what the server keeps
     * (caches, pools, leaks), which must not grow with the size of the delivery.
     */
    static long retainedAfterLastFullGcMegabytes(Path log) throws IOException {
        long retained = -1;
        if (!Files.exists(log)) {
            return retained;
        }
        for (String line : Files.readAllLines(log)) {
            Matcher m = FULL.matcher(line);
            if (m.find()) {
                retained = Long.parseLong(m.group(2));
            }
        }
        return retained;
    }

    static long peakHeapMegabytes(Path log) throws IOException {
        long peak = 0;
        if (!Files.exists(log)) {
            return -1;
        }
        for (String line : Files.readAllLines(log)) {
            Matcher m = PAUSE.matcher(line);
            while (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }
}
