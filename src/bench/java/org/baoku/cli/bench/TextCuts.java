package org.baoku.cli.bench;

import java.util.Random;
import java.util.regex.Pattern;

/**
 * Strings cut at random from an article's text, as someone who remembers a few characters of it would
 * type them: {@code min}–{@code max} characters (code points, so a rare character outside the BMP
 * counts once), a letter or digit at either end — no whitespace or punctuation — and never across a
 * line break. The searches are of text, not of the query syntax, so a cut never holds what the syntax
 * reads otherwise: a double quote, straight or Chinese ({@code " “ ”}, a phrase), a {@code -} after a
 * space (an exclusion), or a part between spaces without a letter or digit (refused).
 */
final class TextCuts {

    /** What the query syntax takes for spaces between terms (Unicode spaces, the ideographic one too). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");

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
        if (!Character.isLetterOrDigit(points[start]) || !Character.isLetterOrDigit(points[start + length - 1])) {
            return false;
        }
        String cut = new String(points, start, length);
        if (cut.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '"' || c == '“' || c == '”')) {
            return false;
        }
        for (String part : SPACES.split(cut)) {
            if (part.startsWith("-") || part.codePoints().noneMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }
}
