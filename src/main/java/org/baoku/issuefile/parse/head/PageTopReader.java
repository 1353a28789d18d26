package org.baoku.issuefile.parse.head;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.parse.Line;

/**
 * Finds where a page's masthead or page header ends and its body begins, and reads both.
 *
 * <p>The head is the run of lines at the top that print head fields and little else (see
 * {@link HeadLine#printsHead()}), blank lines aside. Short title-like lines (a section name such as
 * {@code # 要闻}, the paper's title) belong to the head only where head lines stand on both sides of them,
 * or right below a line holding only the page label, so that a page's first short headline is never
 * taken for a section. Stateless and thread-safe.
 */
public final class PageTopReader {

    /** A head is at the top: past this many non-blank lines, no line is taken for one. */
    private static final int MAX_HEAD_LINES = 12;
    /** Title-like lines waiting for a head line below them; more than this and they are body. */
    private static final int MAX_PENDING_TITLES = 2;
    private static final Pattern TITLE_LIKE = Pattern.compile("[\\p{IsHan}·• ]{2,12}");

    private final HeadLineScanner scanner = new HeadLineScanner();
    private final MastheadParser mastheadParser = new MastheadParser();
    private final PageHeaderParser pageHeaderParser = new PageHeaderParser();

    public PageTop read(List<Line> lines) {
        Head head = findHead(lines);
        MastheadParser.Reading masthead = mastheadParser.parse(head.lines(), head.titles());
        PageHeaderParser.Reading header = pageHeaderParser.parse(head.lines(), head.titles());
        boolean pageHeader = header.printed() || (!masthead.printed() && masthead.issue().date() != null);
        return new PageTop(
                masthead.issue(),
                header.printed() ? header.page() : PageHeader.UNKNOWN,
                masthead.printed(),
                pageHeader,
                head.lines().isEmpty() ? null : head.lines().get(0).line().number(),
                lines.subList(head.end(), lines.size()),
                masthead.findings());
    }

    /** @return the head's field lines, the title-like lines it took in, and the index of the first body line */
    private Head findHead(List<Line> lines) {
        List<HeadLine> fields = new ArrayList<>();
        List<HeadLine> titles = new ArrayList<>();
        List<HeadLine> pending = new ArrayList<>();
        HeadLine previous = null;
        int end = 0;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < MAX_HEAD_LINES; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            boolean dayExpected = previous != null && previous.has(HeadField.YEAR_MONTH) && !previous.has(HeadField.DATE);
            HeadLine scanned = scanner.scan(line, dayExpected);
            if (scanned.printsHead()) {
                titles.addAll(pending);
                pending.clear();
                fields.add(scanned);
                end = i + 1;
            } else if (titleLike(scanned)) {
                if (previous != null && previous.labelOnly()) {
                    titles.add(scanned); // 'A04' / '副刊·文化' / date line: the section under the label
                    end = i + 1;
                } else if (pending.size() < MAX_PENDING_TITLES) {
                    pending.add(scanned);
                } else {
                    break;
                }
            } else {
                break;
            }
            previous = scanned;
        }
        return new Head(fields.isEmpty() ? List.of() : fields, fields.isEmpty() ? List.of() : titles,
                fields.isEmpty() ? 0 : end);
    }

    private static boolean titleLike(HeadLine line) {
        String text = line.text().replace("#", "").strip();
        return TITLE_LIKE.matcher(text).matches() && (line.values().isEmpty() || line.has(HeadField.TITLE));
    }

    private record Head(List<HeadLine> lines, List<HeadLine> titles, int end) {
    }
}
