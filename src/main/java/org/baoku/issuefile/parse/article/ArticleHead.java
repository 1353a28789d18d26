package org.baoku.issuefile.parse.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.issuefile.PersonNames;
import org.baoku.issuefile.parse.body.BylineParser;
import org.baoku.issuefile.parse.body.ContinuationMarks;

/**
 * The title lines at the top of an article file: kicker (引题), headline (主题), subtitle (副题).
 *
 * <p>They are the short lines before the text, without a sentence's full stop. Since a column-broken first
 * line of text is also short, such lines only count as titles when something marks where the text begins
 * after them: a blank line, a byline, an indented line, the end of the file; or when none of them has a
 * sentence's inner punctuation either (headlines separate phrases with spaces, not commas). Of the plain
 * title lines, one is the headline; with two, the first is the kicker, as papers print the 引题 above the
 * 主题; further lines are the subtitle, and so is every line opening with {@code ——}.
 *
 * <p>A commentary prints its author's bare name under the headline, spaced to the headline's width
 * ({@code 黄　娴}): such a line is the {@code author}, not a title.
 *
 * @param author    a bare name printed spaced under the titles, without the spaces, or {@code null}
 * @param bodyStart index of the first line after the titles
 * @param firstLine line number of the headline, or of the first line when there is none
 */
record ArticleHead(String kicker, String headline, String subtitle, String author, int bodyStart, int firstLine) {

    private static final Pattern SPACED_NAME = Pattern.compile("^\\p{IsHan}(?:[\\s\\u00A0\\u3000]+\\p{IsHan}){1,2}$");
    private static final Pattern SUBTITLE = Pattern.compile("^[—─－-]{2,}\\s*(\\S.*)$");
    private static final int LONGEST_TITLE = 40;
    private static final int MOST_TITLE_LINES = 5;
    private static final Pattern UNFINISHED_END = Pattern.compile("[，,、；;：:]$");
    private static final Pattern INNER_PUNCTUATION = Pattern.compile("[，,、；;。]");

    static ArticleHead read(List<ArticleLine> lines, boolean indentMarksParagraphs, BylineParser bylines,
                            ContinuationMarks marks) {
        int end = 0;
        boolean plainTitles = true;
        while (end < lines.size() && end < MOST_TITLE_LINES) {
            ArticleLine line = lines.get(end);
            if (SUBTITLE.matcher(line.text()).matches() && end > 0) {
                end++;
                continue;
            }
            if (!titleLike(line, indentMarksParagraphs, bylines, marks)) {
                break;
            }
            plainTitles &= !INNER_PUNCTUATION.matcher(line.text()).find();
            end++;
        }
        int firstLine = lines.isEmpty() ? 1 : lines.get(0).number();
        if (end == 0 || !(plainTitles || textStartsAt(lines, end, indentMarksParagraphs, bylines))) {
            return new ArticleHead(null, null, null, null, 0, firstLine);
        }
        return assign(lines.subList(0, end), end);
    }

    private static boolean titleLike(ArticleLine line, boolean indentMarksParagraphs, BylineParser bylines,
                                     ContinuationMarks marks) {
        String text = line.text();
        if (indentMarksParagraphs && line.indented()) {
            return false;
        }
        return text.codePointCount(0, text.length()) <= LONGEST_TITLE
                && text.indexOf('。') < 0
                && !UNFINISHED_END.matcher(text).find()
                && bylines.parseStart(text).isEmpty()
                && !marks.opensPart(text)
                && !PhotoCaptions.isCaption(text);
    }

    /** Whether the line at {@code index} visibly begins the text: after a blank, as a byline, indented, or none. */
    private static boolean textStartsAt(List<ArticleLine> lines, int index, boolean indentMarksParagraphs,
                                        BylineParser bylines) {
        if (index >= lines.size()) {
            return true;
        }
        ArticleLine next = lines.get(index);
        return next.afterBlank() || (indentMarksParagraphs && next.indented())
                || bylines.parseStart(next.text()).isPresent();
    }

    private static ArticleHead assign(List<ArticleLine> titles, int bodyStart) {
        List<ArticleLine> plain = new ArrayList<>();
        List<String> subtitles = new ArrayList<>();
        String author = null;
        ArticleLine last = titles.get(titles.size() - 1);
        if (titles.size() > 1 && SPACED_NAME.matcher(last.text()).matches()) {
            author = PersonNames.compact(last.text());
            titles = titles.subList(0, titles.size() - 1);
        }
        for (ArticleLine line : titles) {
            Matcher dashed = SUBTITLE.matcher(line.text());
            if (dashed.matches()) {
                subtitles.add(dashed.group(1).strip());
            } else {
                plain.add(line);
            }
        }
        String kicker = null;
        ArticleLine headline = null;
        if (plain.size() == 1) {
            headline = plain.get(0);
        } else if (plain.size() >= 2) {
            kicker = plain.get(0).text();
            headline = plain.get(1);
            subtitles.addAll(0, plain.subList(2, plain.size()).stream().map(ArticleLine::text).toList());
        }
        String subtitle = subtitles.isEmpty() ? null : String.join(" ", subtitles);
        int firstLine = headline != null ? headline.number() : titles.get(0).number();
        return new ArticleHead(kicker, headline == null ? null : headline.text(), subtitle, author, bodyStart, firstLine);
    }
}
