package org.baoku.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Walks an inbox and lists the files a run takes, in sorted path order, with size and sha256: the
 * run's manifest. Sorted order makes a checkpoint (a position in the list) mean the same after a
 * restart.
 */
public final class InboxScanner {

    private final ScanRules rules;
    private final Clock clock;

    public InboxScanner(ScanRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * @param taken receives each file the run takes, in sorted order; memory stays bounded by the
     *              list of paths, never by file contents
     */
    public void scan(Path inbox, Consumer<DeliveredFile> taken) throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new IOException("inbox " + inbox + " is not a readable directory");
        }
        ScanRules.Matcher matcher = rules.matcher();
        Instant settledBefore = clock.instant().minus(rules.settleTime());
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(inbox)) {
            walk.filter(Files::isRegularFile)
                    .filter(path -> matcher.takes(inbox.relativize(path)))
                    .forEach(candidates::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        candidates.sort(null);
        for (Path path : candidates) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (IOException vanished) {
                continue;
            }
            Instant modified = attributes.lastModifiedTime().toInstant();
            if (modified.isAfter(settledBefore)) {
                continue;
            }
            taken.accept(new DeliveredFile(path, attributes.size(), modified, sha256(path)));
        }
    }

    /** @return the hex sha256 of the file, or null when it cannot be read (the import rejects it) */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException unreadable) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
