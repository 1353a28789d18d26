package org.baoku.corpus;

/**
 * The damage drawn for one page. {@code columnWidths[i]} is the line width the i-th part is broken
 * at (0: one line per paragraph); {@code lineBreak} separates column lines ({@code "\n\n"} is the
 * blank-line breakage OCR leaves). {@code repeatedPart}/{@code repeatedParagraph} name the paragraph
 * whose tail is printed a second time (-1: none).
 */
record PageDamage(int[] columnWidths, String lineBreak, int repeatedPart, int repeatedParagraph,
                  boolean splitDate, boolean asciiPunctuation, boolean crlf, boolean bom) {

    boolean repeatsTail() {
        return repeatedPart >= 0;
    }

    /** Where the repeated tail starts: past the middle, so the repeat reads like the sample's. */
    static int tailStart(String paragraph) {
        return paragraph.length() * 2 / 5;
    }
}
