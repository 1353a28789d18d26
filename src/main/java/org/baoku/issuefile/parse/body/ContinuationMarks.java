package org.baoku.issuefile.parse.body;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.issuefile.parse.head.ChineseNumerals;

/**
 * The marks that tie the parts of an article continued on another page ({@code (下转A02版)①} ending a part,
 * {@code (上接A01版)①} opening one), and the editor's marks ({@code ①2}) printed after an article's last
 * sentence. All are layout, not text: they are taken off the body.
 */
public final class ContinuationMarks {

    /** Article-per-file collections print the page in Chinese numerals ({@code （下转第五版）}). */
    private static final String PAGE = "(第?\\s*[A-Za-zＡ-Ｚａ-ｚ]?\\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十廿]{1,3}))";
    private static final String KEY = "([①-⑳])?";
    private static final Pattern CONTINUED_TO =
            Pattern.compile("\\s*[(（]\\s*(?:下转|转)\\s*" + PAGE + "\\s*版?\\s*[)）]\\s*" + KEY + "\\s*[0-9]{0,2}\\s*$");
    private static final Pattern CONTINUED_FROM =
            Pattern.compile("^\\s*[(（]\\s*(?:上接|接)\\s*" + PAGE + "\\s*版?\\s*[)）]\\s*" + KEY + "\\s*");
    /** Only after a sentence's end, so a circled number that is part of the text stays. */
    private static final Pattern EDIT_MARK = Pattern.compile("(?<=[。！？!?…”」』）)])\\s*[①-⑳][0-9]{0,2}\\s*$");

    /**
     * A paragraph with its marks read and taken off.
     *
     * @param endsPart whether the marks close the article's part on this page (a 下转 or an end mark)
     */
    public record Marked(String text, String continuedFrom, String continuedTo, String jumpKey, boolean endsPart) {
    }

    /** Marks stand within this many characters of a paragraph's end; only that tail is searched. */
    private static final int TAIL = 24;

    public Marked read(String paragraph) {
        String text = paragraph;
        String from = null;
        String to = null;
        String key = null;
        boolean ends = false;
        Matcher opening = CONTINUED_FROM.matcher(text);
        if (mayOpenPart(text) && opening.find()) {
            from = pageLabel(opening.group(1));
            key = opening.group(2);
            text = text.substring(opening.end());
        }
        if (mayEndPart(text)) {
            int tail = Math.max(0, text.length() - TAIL);
            Matcher closing = CONTINUED_TO.matcher(text).region(tail, text.length());
            Matcher edit = EDIT_MARK.matcher(text).region(tail, text.length()).useTransparentBounds(true);
            if (closing.find()) {
                to = pageLabel(closing.group(1));
                key = closing.group(2) != null ? closing.group(2) : key;
                text = text.substring(0, closing.start());
                ends = true;
            } else if (edit.find()) {
                text = text.substring(0, edit.start());
                ends = true;
            }
        }
        return new Marked(text.strip(), from, to, key, ends);
    }

    /** Whether a line closes its article's part on this page, so nothing after it continues that part. */
    public boolean endsPart(String line) {
        if (!mayEndPart(line)) {
            return false;
        }
        int tail = Math.max(0, line.length() - TAIL);
        return CONTINUED_TO.matcher(line).region(tail, line.length()).find()
                || EDIT_MARK.matcher(line).region(tail, line.length()).useTransparentBounds(true).find();
    }

    /** Whether a line opens the continuation of an article begun on another page. */
    public boolean opensPart(String line) {
        return mayOpenPart(line) && CONTINUED_FROM.matcher(line).find();
    }

    /** An end mark finishes with a bracket, a circled number or an editor's digit. */
    private static boolean mayEndPart(String text) {
        int last = text.length() - 1;
        while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last < 0) {
            return false;
        }
        char c = text.charAt(last);
        return c == ')' || c == '）' || (c >= '①' && c <= '⑳') || (c >= '0' && c <= '9');
    }

    private static boolean mayOpenPart(String text) {
        String opening = text.stripLeading();
        return !opening.isEmpty() && (opening.charAt(0) == '(' || opening.charAt(0) == '（');
    }

    /**
     * {@code Ａ０２}, {@code 第 2} and {@code 第二} are printed variants of the labels {@code A02}, {@code 2} and
     * {@code 2}.
     */
    static String pageLabel(String printed) {
        String label = ComparableText.fold(printed).replace("第", "").toUpperCase(java.util.Locale.ROOT);
        Integer spelled = label.chars().allMatch(c -> c >= '0' && c <= '9') ? null : ChineseNumerals.parse(label);
        return spelled != null ? String.valueOf(spelled) : label;
    }
}
