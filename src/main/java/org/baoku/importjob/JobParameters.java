package org.baoku.importjob;

import java.nio.file.Files;
import java.nio.file.Path;

import org.baoku.delivery.Quarantine;

/** Reads the job's parameters as the batch runtime hands them over: strings, maybe blank. */
final class JobParameters {

    private JobParameters() {
    }

    static Path inbox(String inbox) {
        if (inbox == null || inbox.isBlank()) {
            throw new IllegalArgumentException("job parameter 'inbox' is required: the directory holding the delivery");
        }
        Path root = Path.of(inbox).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("inbox " + root + " is not a readable directory");
        }
        return root;
    }

    static Quarantine quarantine(String inbox, String quarantine) {
        Path root = Path.of(inbox).toAbsolutePath().normalize();
        Path directory = quarantine == null || quarantine.isBlank() ? Quarantine.besideInbox(root) : Path.of(quarantine);
        return new Quarantine(root, directory);
    }

    /**
     * Two partitions per core: a partition spends part of each chunk waiting for the database (its commit,
     * its round trips), when another partition can use the core. On two cores a 10,000-file import step went
     * from 998 to 1,502 files/s with four partitions instead of two (README: Performance). At most 8: the
     * server's batch thread pool has 10 threads, which the job's own thread and other jobs share.
     */
    static int defaultPartitions() {
        return Math.min(8, 2 * Runtime.getRuntime().availableProcessors());
    }

    static long number(String value, String name, long defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("job parameter '" + name + "' must be a number, not '" + value + "'");
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
