package org.baoku.issuefile.parse.head;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.IssueMasthead;

/**
 * Reads the issue fields of a page's head: a front page's masthead in any of its layouts (fields in any
 * order, on one line or several, the date cut by OCR), or the date and weekday of an inner page's header.
 * Where a field is printed twice the first one counts. Nothing is inferred that the page does not print,
 * except the publication's title from its publisher ({@code 焦作日报社} publishes {@code 焦作日报}), and
 * only when the masthead does not print the title itself. Stateless and thread-safe.
 */
final class MastheadParser {

    static final String INVALID_DATE = "INVALID_DATE";
    private static final String NEWSPAPER_OFFICE = "报社";

    /**
     * @param issue    the fields read
     * @param printed  whether the head prints a front-page masthead (a field only mastheads carry)
     * @param findings a date that is no date, such as 2025年2月30日
     */
    record Reading(IssueMasthead issue, boolean printed, List<Finding> findings) {
    }

    Reading parse(List<HeadLine> head, List<HeadLine> titles) {
        List<HeadLine> all = new ArrayList<>(head);
        all.addAll(titles);
        List<Finding> findings = new ArrayList<>();
        String publisher = first(all, HeadField.PUBLISHER);
        String title = first(all, HeadField.TITLE);
        String total = first(all, HeadField.TOTAL_ISSUE_NUMBER);
        IssueMasthead issue = new IssueMasthead(
                title != null ? title : publicationOf(publisher),
                publisher,
                first(all, HeadField.SPONSOR),
                date(head, findings),
                first(all, HeadField.WEEKDAY),
                first(all, HeadField.LUNAR_DATE),
                number(total != null ? total : first(all, HeadField.ISSUE_NUMBER)),
                number(first(all, HeadField.PAGE_COUNT)),
                first(all, HeadField.SERIAL_NUMBER),
                president(all));
        boolean printed = all.stream().anyMatch(line -> line.values().keySet().stream().anyMatch(HeadField::mastheadOnly));
        return new Reading(issue, printed, findings);
    }

    /** 社长 where printed, else 总编辑: the paper's head as the masthead names him, whichever line comes first. */
    private static String president(List<HeadLine> lines) {
        String president = first(lines, HeadField.PRESIDENT);
        return president != null ? president : first(lines, HeadField.EDITOR_IN_CHIEF);
    }

    /** 焦作日报社 → 焦作日报; a publisher that is not a newspaper office names no title. */
    private static String publicationOf(String publisher) {
        if (publisher == null || !publisher.endsWith(NEWSPAPER_OFFICE) || publisher.length() <= NEWSPAPER_OFFICE.length()) {
            return null;
        }
        return publisher.substring(0, publisher.length() - 1);
    }

    /** The date printed whole, or cut after the month with its day on the next head line. */
    private static LocalDate date(List<HeadLine> head, List<Finding> findings) {
        for (int i = 0; i < head.size(); i++) {
            HeadLine line = head.get(i);
            String printed = line.value(HeadField.DATE);
            if (printed == null && line.has(HeadField.YEAR_MONTH) && i + 1 < head.size()
                    && head.get(i + 1).has(HeadField.DAY)) {
                printed = line.value(HeadField.YEAR_MONTH) + "-" + head.get(i + 1).value(HeadField.DAY);
            }
            if (printed == null) {
                continue;
            }
            String[] parts = printed.split("-");
            try {
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            } catch (DateTimeException e) {
                findings.add(Finding.warning(INVALID_DATE, line.line().number(),
                        "the head prints a date that does not exist (" + printed + "); the issue date is left unknown"));
                return null;
            }
        }
        return null;
    }

    private static String first(List<HeadLine> lines, HeadField field) {
        return lines.stream().filter(has(field)).map(line -> line.value(field)).findFirst().orElse(null);
    }

    private static Predicate<HeadLine> has(HeadField field) {
        return line -> line.has(field);
    }

    private static Integer number(String digits) {
        return digits == null ? null : ChineseNumerals.parse(digits);
    }
}
