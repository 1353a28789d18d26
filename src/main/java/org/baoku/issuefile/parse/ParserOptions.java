package org.baoku.issuefile.parse;

/**
 * How {@link IssueFileParser} reads files.
 *
 * @param maxFileBytes files larger than this are rejected unread ({@code FILE_TOO_LARGE}); a page of text
 *                     is tens of kilobytes, so anything near the default of 20 MB is not one
 */
public record ParserOptions(long maxFileBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    public ParserOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, not " + maxFileBytes);
        }
        // a byte[] holds at most Integer.MAX_VALUE - 8 bytes; files are read whole once the size is allowed
        if (maxFileBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxFileBytes must be below 2 GB, not " + maxFileBytes);
        }
    }

    public static ParserOptions defaults() {
        return new ParserOptions(DEFAULT_MAX_FILE_BYTES);
    }
}
