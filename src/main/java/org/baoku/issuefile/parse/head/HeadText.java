package org.baoku.issuefile.parse.head;

/**
 * Header lines come with full-width or ASCII punctuation and digits (`：` or `:`, `４１` or `41`) and
 * ideographic spaces; folding them to one form lets one pattern read both.
 */
final class HeadText {

    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private HeadText() {
    }

    static String normalise(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char plain = fold(c);
            if (plain != c && folded == null) {
                folded = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (folded != null) {
                folded.append(plain);
            }
        }
        return folded == null ? text : folded.toString();
    }

    private static char fold(char c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_OFFSET);
        }
        if (c == '\u3000' || c == '\u00A0' || c == '\uFEFF') {
            return ' ';
        }
        return c;
    }
}
