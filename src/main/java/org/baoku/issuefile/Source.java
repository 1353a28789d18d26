package org.baoku.issuefile;

/** Where a reading came from: the file, its content hash, the detected encoding and its size. */
public record Source(String path, String sha256, String encoding, long bytes) {
}
