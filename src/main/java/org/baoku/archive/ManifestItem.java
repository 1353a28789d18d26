package org.baoku.archive;

/**
 * One file of a run's manifest: its position in the sorted list, path, size and content hash, and the
 * path of the current page the archive already read from exactly this content, if any (read with the
 * manifest, one query per page of entries rather than one per file).
 */
public record ManifestItem(long position, String path, long sizeBytes, String sha256, String knownPath) {
}
