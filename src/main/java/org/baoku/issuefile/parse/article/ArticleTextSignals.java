package org.baoku.issuefile.parse.article;

import java.util.List;
import java.util.regex.Pattern;

import org.baoku.issuefile.parse.HanText;
import org.baoku.issuefile.parse.body.BylineParser;
import org.baoku.issuefile.parse.body.SentenceBoundary;

/**
 * Whether decoded text reads as one article rather than a whole page, for the layout detector, which
 * weighs it together with the file name: a page-text file may be named like an article, and an article
 * file may be renamed, so the name alone decides nothing.
 *
 * <p>One article is Chinese prose, usually opened by short title lines or a byline (an article without a
 * headline is still one).
 * A page shows itself by what an article never has: Markdown headings ({@code #}, the layout converter's
 * display type), a masthead ({@code 主管主办}, {@code 总第N期}, {@code 今日N版}, a CN serial number), a page
 * header ({@code A02 | 2024年3月12日 | 责任编辑…}), a guide box, or the bylines of several stories.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleTextSignals {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*\\S");
    private static final Pattern MASTHEAD = Pattern.compile(
            "主管主办|[主承]办单位|社出版|总第\\s*[0-9０-９]+\\s*期|今日\\s*[0-9０-９一二三四五六七八九十]+\\s*版|连续出版物号|CN\\s*\\d{2}\\s*[-－]\\s*\\d{4}");
    private static final Pattern PAGE_HEADER = Pattern.compile(
            "^(?:第?\\s*[A-Za-z]?\\d{1,2}\\s*版?)\\s*[|｜]|[|｜].*(?:责任编辑|版面编辑|美术编辑)|^导读$");
    /** Where a page's masthead or header stands: its first lines. */
    private static final int TOP_LINES = 8;

    private final BylineParser bylines = new BylineParser();

    /** Whether {@code text} (decoded, without byte order mark) looks like one article. */
    public boolean looksLikeOneArticle(String text) {
        return whyNotOneArticle(text) == null;
    }

    /** @return why {@code text} does not look like one article, or {@code null} when it does */
    public String whyNotOneArticle(String text) {
        if (text == null || text.isBlank()) {
            return "there is no text";
        }
        if (!HanText.mostlyHan(text)) {
            return "it is not Chinese text";
        }
        List<ArticleLine> lines = ArticleLine.read(text);
        int articleStarts = 0;
        boolean prose = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            if (MARKDOWN_HEADING.matcher(line).find()) {
                return "line " + lines.get(i).number() + " is a Markdown heading, as pages have";
            }
            if (i < TOP_LINES && (MASTHEAD.matcher(line).find() || PAGE_HEADER.matcher(line).find())) {
                return "line " + lines.get(i).number() + " is a page's masthead or header";
            }
            var byline = bylines.parseStart(line);
            if (byline.isPresent() && !byline.get().wholeLine() && ++articleStarts > 1) {
                return "line " + lines.get(i).number() + " starts a second story";
            }
            prose |= SentenceBoundary.endsSentence(line);
        }
        if (!prose) {
            return "no line ends a sentence: it is not prose";
        }
        return null;
    }
}
