package org.baoku.issuefile.parse.decode;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Line numbers of damage, counted in the bytes as {@code LineSplitter} counts them in the text (CRLF, LF or a
 * lone CR end a line), so that a finding points at the line a reader of the parsed page sees.
 */
final class LineNumbers {

    /** A finding names this many lines at most; a page damaged all over is not helped by a list of hundreds. */
    private static final int LISTED = 12;

    private int line = 1;
    private int position;
    private boolean afterCr;

    /** @return the line the byte at {@code target} stands on; targets must come in ascending order */
    int at(byte[] bytes, int target) {
        for (; position < target; position++) {
            byte b = bytes[position];
            if (b == '\n') {
                if (!afterCr) {
                    line++;
                }
                afterCr = false;
            } else if (b == '\r') {
                line++;
                afterCr = true;
            } else {
                afterCr = false;
            }
        }
        return line;
    }

    /** {@code line 4} or {@code lines 4, 9, 17 and 3 more}. */
    static String describe(List<Integer> lines) {
        String listed = lines.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(", "));
        String more = lines.size() > LISTED ? " and " + (lines.size() - LISTED) + " more" : "";
        return (lines.size() == 1 ? "line " : "lines ") + listed + more;
    }
}
