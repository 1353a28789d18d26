package org.baoku.issuefile.parse.body;

/**
 * Text reduced to what survives OCR and layout conversion unchanged, so two printings of one passage
 * compare equal: full-width ASCII folded to half-width (the delivery mixes {@code ，} and {@code ,}) and
 * all whitespace dropped (spaces around punctuation come and go).
 */
final class ComparableText {

    private ComparableText() {
    }

    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                folded.append((char) (c - 0xFEE0));
            } else if (!isSpace(c)) {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    /** Unicode spaces, tested without a table lookup: this runs over every character of the page. */
    private static boolean isSpace(char c) {
        if (c < '\u0085') {
            return c <= ' ';
        }
        return c == '\u0085' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200B')
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }
}
