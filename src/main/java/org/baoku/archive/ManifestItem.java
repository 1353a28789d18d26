package org.baoku.archive;

/** One file of a run's manifest: its position in the sorted list, path, size and content hash. */
public record ManifestItem(long position, String path, long sizeBytes, String sha256) {
}
