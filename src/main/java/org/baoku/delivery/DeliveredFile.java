package org.baoku.delivery;

import java.nio.file.Path;
import java.time.Instant;

/** One file a run will import, as the scan saw it. {@code sha256} is null when it could not be read. */
public record DeliveredFile(Path path, long sizeBytes, Instant modified, String sha256) {
}
