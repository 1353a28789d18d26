package org.baoku.issuefile.parse.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A non-blank line of an article file.
 *
 * @param number     1-based in the decoded file
 * @param text       without indentation and trailing space
 * @param indented   whether it starts with indentation ({@code 　　} or spaces), which marks a new
 *                   paragraph in the collections that do not separate paragraphs by blank lines
 * @param afterBlank whether a blank line (or the file's start) stands before it
 */
record ArticleLine(int number, String text, boolean indented, boolean afterBlank) {

    /** Two ideographic spaces are the usual mark; one, or two ASCII spaces, or a tab are seen too. */
    private static final Pattern INDENT = Pattern.compile("^(?:[\\u3000\\u00A0]|\\t| {2,})");

    /** The non-blank lines of {@code text}, split at CRLF, LF or CR, whichever the file uses. */
    static List<ArticleLine> read(String text) {
        List<ArticleLine> lines = new ArrayList<>();
        String[] raw = text.split("\r\n|\r|\n", -1);
        boolean blankBefore = true;
        for (int i = 0; i < raw.length; i++) {
            String line = i == 0 && raw[i].startsWith("\uFEFF") ? raw[i].substring(1) : raw[i];
            String stripped = strip(line);
            if (stripped.isEmpty()) {
                blankBefore = true;
                continue;
            }
            lines.add(new ArticleLine(i + 1, stripped, INDENT.matcher(line).find(), blankBefore));
            blankBefore = false;
        }
        return lines;
    }

    /** Strips every kind of space, ideographic and no-break too ({@link String#strip} keeps U+00A0). */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
