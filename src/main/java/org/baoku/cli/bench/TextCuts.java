package org.baoku.cli.bench;

import java.util.Random;

/**
 * Strings cut at random from an article's text, as someone who remembers a few characters of it would
 * type them: {@code min}–{@code max} characters (code points, so a rare character outside the BMP
 * counts once), a letter or digit at either end — no whitespace or punctuation — and never across a
 * line break. A cut never holds {@code "}, which the query syntax reads as a phrase quote, nor a
 * {@code -} after a space, which it reads as an exclusion: the searches are of text, not of syntax.
 */
final class TextCuts {

    /** Tries per cut before the text is taken to have none of that length (e.g. a body of punctuation). */
    private static final int TRIES = 50;

    private TextCuts() {
    }

    /** A cut of {@code min}–{@code max} characters of {@code text}, or null when none was found. */
    static String cut(String text, int min, int max, Random random) {
        int[] points = text.codePoints().toArray();
        if (points.length < min) {
            return null;
        }
        for (int i = 0; i < TRIES; i++) {
            int length = min + random.nextInt(max - min + 1);
            if (length > points.length) {
                continue;
            }
            int start = random.nextInt(points.length - length + 1);
            if (fits(points, start, length)) {
                return new String(points, start, length);
            }
        }
        return null;
    }

    private static boolean fits(int[] points, int start, int length) {
        int end = start + length - 1;
        if (!Character.isLetterOrDigit(points[start]) || !Character.isLetterOrDigit(points[end])) {
            return false;
        }
        for (int i = start; i <= end; i++) {
            int c = points[i];
            if (c == '\n' || c == '\r' || c == '"' || c == '-' && i > start && Character.isWhitespace(points[i - 1])) {
                return false;
            }
        }
        return true;
    }
}
