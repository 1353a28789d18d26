package org.baoku.issuefile.parse.body;

import java.util.regex.Pattern;

/**
 * Whether a printed line ends a sentence. Column layout breaks lines anywhere, so a line that does not
 * end a sentence goes on in the next one; this is the test that decides it.
 */
public final class SentenceBoundary {

    private static final String FINAL_MARKS = "。！？!?；;…";
    private static final String CLOSERS = "”’」』）)】》\"'";
    /** A closing bracket ends a paragraph when it closes a credit such as {@code （记者 张三）} or {@code (完)}. */
    private static final Pattern CREDIT_IN_BRACKETS =
            Pattern.compile("[(（][^()（）]*(?:记者|通讯员|完|摄|编译|供图|来源)[^()（）]*[)）]$");

    private SentenceBoundary() {
    }

    public static boolean endsSentence(String text) {
        int last = lastVisible(text);
        if (last < 0) {
            return false;
        }
        char c = text.charAt(last);
        if (FINAL_MARKS.indexOf(c) >= 0) {
            return true;
        }
        if (c == '.') {
            // a full stop folded to ASCII, but not a break inside a decimal number
            return last > 0 && !Character.isDigit(text.charAt(last - 1));
        }
        if (CLOSERS.indexOf(c) >= 0) {
            // a quote closing mid-sentence (“带土移植”) is common at a line end; only 。” ends one
            char before = last > 0 ? text.charAt(last - 1) : ' ';
            return FINAL_MARKS.indexOf(before) >= 0 || before == '.'
                    || CREDIT_IN_BRACKETS.matcher(text.substring(0, last + 1)).find();
        }
        return false;
    }

    private static int lastVisible(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
