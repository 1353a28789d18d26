package org.baoku.issuefile.parse.head;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.parse.Line;

/**
 * Finds where a page's masthead or page header ends and its body begins, and reads both.
 *
 * <p>The head is the run of lines at the top that print head fields and little else (see
 * {@link HeadLine#printsHead()}), blank lines aside. Short title-like lines (a section name such as
 * {@code # 要闻}, the paper's title, its romanised title) belong to the head only where head lines stand on
 * both sides of them, or right below a line holding only the page label, so that a page's first short
 * headline is never taken for a section; a romanised title also right below a masthead line.
 *
 * <p>A page with nothing of a head at the top may have had its masthead put among the body paragraphs by
 * the OCR of a scanned layout. Such a masthead is taken only when it is unmistakable: a run of head lines
 * that prints a date and at least one field no dateline or inner-page header prints (总第N期, a CN serial,
 * 社出版, 今日N版, an ISSN or postal code). It is then read as the page's masthead, its lines leave the
 * body, and a {@value #MASTHEAD_NOT_AT_TOP} warning says where it stood. Stateless and thread-safe.
 */
public final class PageTopReader {

    public static final String MASTHEAD_NOT_AT_TOP = "MASTHEAD_NOT_AT_TOP";

    /** A head is at the top: past this many non-blank lines, no line is taken for one. */
    private static final int MAX_HEAD_LINES = 12;
    /** Title-like lines waiting for a head line below them; more than this and they are body. */
    private static final int MAX_PENDING_TITLES = 2;
    private static final Pattern TITLE_LIKE = Pattern.compile("[\\p{IsHan}·• ]{2,12}");
    /** Fields that, beside a date, make a run of lines in the body a masthead rather than a dateline or page header. */
    private static final Set<HeadField> UNMISTAKABLE = EnumSet.of(HeadField.TOTAL_ISSUE_NUMBER, HeadField.SERIAL_NUMBER,
            HeadField.PUBLISHER, HeadField.PAGE_COUNT, HeadField.MASTHEAD_CODE);

    private final HeadLineScanner scanner = new HeadLineScanner();
    private final MastheadParser mastheadParser = new MastheadParser();
    private final PageHeaderParser pageHeaderParser = new PageHeaderParser();

    public PageTop read(List<Line> lines) {
        Head head = findHead(lines, 0);
        MastheadParser.Reading masthead = mastheadParser.parse(head.lines(), head.titles());
        PageHeaderParser.Reading header = pageHeaderParser.parse(head.lines(), head.titles());
        if (!masthead.printed() && !header.printed() && masthead.issue().date() == null) {
            PageTop inside = mastheadInside(lines);
            if (inside != null) {
                return inside;
            }
        }
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

    /** The first unmistakable masthead among the body lines, read as the page's masthead; or {@code null}. */
    private PageTop mastheadInside(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank() || !mayPrintDate(line.text())) {
                continue;
            }
            HeadLine scanned = scanner.scan(line, false);
            if (!scanned.printsHead() || !(scanned.has(HeadField.DATE) || scanned.has(HeadField.YEAR_MONTH))) {
                continue;
            }
            int start = blockStart(lines, i);
            Head head = findHead(lines, start);
            MastheadParser.Reading masthead = mastheadParser.parse(head.lines(), head.titles());
            if (masthead.issue().date() == null || !masthead.printed() || !unmistakable(head)) {
                continue;
            }
            int first = head.lines().get(0).line().number();
            List<Line> body = new ArrayList<>(lines.subList(0, start));
            body.addAll(lines.subList(head.end(), lines.size()));
            List<Finding> findings = new ArrayList<>(masthead.findings());
            findings.add(0, Finding.warning(MASTHEAD_NOT_AT_TOP, first, "the masthead stands at line " + first
                    + ", after body text the OCR put above it; it was read as the page's masthead"));
            return new PageTop(masthead.issue(), PageHeader.UNKNOWN, true, false, first, body, findings);
        }
        return null;
    }

    /** A cheap test that spares most body lines the scanner: a date prints a year, 年 or digits. */
    private static boolean mayPrintDate(String text) {
        return text.indexOf('年') >= 0 || text.chars().filter(Character::isDigit).count() >= 6;
    }

    /** The first line of the run of head-like lines {@code anchor} stands in, blank lines aside. */
    private int blockStart(List<Line> lines, int anchor) {
        int start = anchor;
        int taken = 0;
        for (int i = anchor - 1; i >= 0 && taken < MAX_PENDING_TITLES + 1; i--) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            HeadLine scanned = scanner.scan(line, false);
            if (!scanned.printsHead() && !scanned.romanTitleOnly()) {
                break;
            }
            start = i;
            taken++;
        }
        return start;
    }

    private static boolean unmistakable(Head head) {
        return head.lines().stream().anyMatch(line -> line.values().keySet().stream().anyMatch(UNMISTAKABLE::contains));
    }

    /**
     * @return the head's field lines, the title-like lines it took in, and the index of the first line
     * after it; a head that is not there is empty and ends at {@code from}
     */
    private Head findHead(List<Line> lines, int from) {
        List<HeadLine> fields = new ArrayList<>();
        List<HeadLine> titles = new ArrayList<>();
        List<HeadLine> pending = new ArrayList<>();
        HeadLine previous = null;
        int end = from;
        int seen = 0;
        boolean masthead = false;
        for (int i = from; i < lines.size() && seen < MAX_HEAD_LINES; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            boolean dayExpected = previous != null && previous.has(HeadField.YEAR_MONTH) && !previous.has(HeadField.DATE);
            HeadLine scanned = scanner.scan(line, dayExpected, previous == null ? null : previous.carry());
            if (scanned.printsHead()) {
                titles.addAll(pending);
                pending.clear();
                fields.add(scanned);
                masthead |= scanned.values().keySet().stream().anyMatch(HeadField::mastheadOnly);
                end = i + 1;
            } else if (scanned.romanTitleOnly() && masthead && pending.isEmpty() && previous.printsHead()) {
                titles.add(scanned); // 'JIAOZUO DAILY' below the masthead's last line
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
                fields.isEmpty() ? from : end);
    }

    private static boolean titleLike(HeadLine line) {
        if (line.romanTitleOnly()) {
            return true;
        }
        String text = line.text().replace("#", "").strip();
        return TITLE_LIKE.matcher(text).matches() && (line.values().isEmpty() || line.has(HeadField.TITLE));
    }

    private record Head(List<HeadLine> lines, List<HeadLine> titles, int end) {
    }
}
