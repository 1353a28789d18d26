package org.baoku.issuefile;

/**
 * Where a reading came from: the file, its content hash, the detected encoding, its size and its
 * layout ({@code null} only when the file was not read at all, e.g. too large).
 */
public record Source(String path, String sha256, String encoding, long bytes, Layout layout) {

    /** A file not (yet) recognised as any layout. */
    public Source(String path, String sha256, String encoding, long bytes) {
        this(path, sha256, encoding, bytes, null);
    }

    public Source withLayout(Layout recognised) {
        return new Source(path, sha256, encoding, bytes, recognised);
    }
}
