package org.baoku.issuefile.parse.decode;

/**
 * Tells readable text from binary that merely happens to decode. Text from OCR has no NUL, next to no
 * control characters and few replacement or unassigned characters; binary read as text is full of them.
 */
final class TextQuality {

    /** Share of suspicious characters above which the text is taken for binary. */
    private static final double MAX_SUSPICIOUS_SHARE = 0.01;
    /** A handful of stray characters never rejects a page on its own. */
    private static final int TOLERATED_SUSPICIOUS = 3;

    private TextQuality() {
    }

    /** @return why {@code text} is not readable text, or {@code null} when it is */
    static String defect(String text) {
        return defect(text, 0);
    }

    /**
     * @param ownReplacements U+FFFD the decoding put in for damaged bytes: already counted and reported as
     *                        damage, they do not make the text binary
     */
    static String defect(String text, int ownReplacements) {
        if (text.indexOf('\0') >= 0) {
            return "it contains NUL characters";
        }
        int suspicious = 0;
        int characters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            characters++;
            if (isSuspicious(c)) {
                suspicious++;
            }
        }
        suspicious -= ownReplacements;
        if (suspicious > TOLERATED_SUSPICIOUS && suspicious > characters * MAX_SUSPICIOUS_SHARE) {
            return suspicious + " of its " + characters + " characters are control, replacement, private-use or unassigned";
        }
        return null;
    }

    private static boolean isSuspicious(int c) {
        if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B) {
            return false;
        }
        if (c == 0xFFFD) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> true;
            default -> false;
        };
    }
}
