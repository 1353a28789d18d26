package org.baoku.issuefile.parse.body;

import java.util.Arrays;

/**
 * Where a passage occurs in a text, found through a hash of every k-character shingle (a chained table
 * over primitive arrays: linear in the text's length, so a 1 MB page costs a few MB, not a quadratic
 * scan). Needles must be at least k characters long.
 */
final class ShingleIndex {

    private static final long BASE = 1_000_003L;
    /** Bounds the work per lookup on pathological pages (the same shingle thousands of times). */
    private static final int MOST_CANDIDATES_WALKED = 256;

    private final String text;
    private final int k;
    private final long[] hashes;
    private final int[] heads;
    private final int[] next;
    private final int mask;

    ShingleIndex(String text, int k) {
        this.text = text;
        this.k = k;
        int count = Math.max(0, text.length() - k + 1);
        hashes = new long[count];
        next = new int[count];
        int size = Integer.highestOneBit(Math.max(count, 1) * 2 - 1);
        heads = new int[size];
        mask = size - 1;
        Arrays.fill(heads, -1);
        long power = 1;
        for (int i = 1; i < k; i++) {
            power *= BASE;
        }
        long hash = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i >= k) {
                hash -= text.charAt(i - k) * power;
            }
            hash = hash * BASE + text.charAt(i);
            int start = i - k + 1;
            if (start >= 0) {
                hashes[start] = hash;
                int bucket = bucket(hash);
                next[start] = heads[bucket];
                heads[bucket] = start;
            }
        }
    }

    /** Positions where {@code needle} occurs, at most {@code limit} of them, in no particular order. */
    int[] occurrences(String needle, int limit) {
        if (needle.length() < k) {
            throw new IllegalArgumentException("needle shorter than a shingle");
        }
        long hash = 0;
        for (int i = 0; i < k; i++) {
            hash = hash * BASE + needle.charAt(i);
        }
        int[] found = new int[limit];
        int count = 0;
        int walked = 0;
        for (int p = heads[bucket(hash)]; p >= 0 && count < limit && walked < MOST_CANDIDATES_WALKED; p = next[p]) {
            walked++;
            if (hashes[p] == hash && text.regionMatches(p, needle, 0, needle.length())) {
                found[count++] = p;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private int bucket(long hash) {
        return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}
