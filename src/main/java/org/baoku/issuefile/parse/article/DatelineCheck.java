package org.baoku.issuefile.parse.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.issuefile.Byline;
import org.baoku.issuefile.Finding;

/**
 * Compares a dateline ({@code 1月19日电}) with the issue date the file name gives. A story is filed on the
 * day before it is printed or a few days earlier (weekend and weekly pages), never after; a dateline
 * outside that window means the file is misnamed or misfiled. Datelines print no year: the one that puts
 * the dateline on or before the issue date is meant (a 12月31日 dateline in a 1月2日 issue is last year's).
 */
final class DatelineCheck {

    public static final String DATELINE_MISMATCH = "DATELINE_MISMATCH";
    /** Weekly pages print stories filed up to a week before. */
    static final int LONGEST_FILING_DAYS = 7;

    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})日");

    private DatelineCheck() {
    }

    static Optional<Finding> check(Byline byline, LocalDate issueDate, int line) {
        if (byline == null || byline.date() == null) {
            return Optional.empty();
        }
        Matcher m = MONTH_DAY.matcher(byline.date());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        LocalDate filed = onOrBefore(issueDate, month, day);
        if (filed != null && ChronoUnit.DAYS.between(filed, issueDate) <= LONGEST_FILING_DAYS) {
            return Optional.empty();
        }
        return Optional.of(Finding.warning(DATELINE_MISMATCH, line, "the dateline " + byline.date()
                + " is not on or up to " + LONGEST_FILING_DAYS + " days before the issue date " + issueDate
                + " the file name gives"));
    }

    private static LocalDate onOrBefore(LocalDate issueDate, int month, int day) {
        for (int year = issueDate.getYear(); year >= issueDate.getYear() - 1; year--) {
            try {
                LocalDate date = LocalDate.of(year, month, day);
                if (!date.isAfter(issueDate)) {
                    return date;
                }
            } catch (DateTimeException noSuchDay) {
                // 2月30日 in either year: no date at all
            }
        }
        return null;
    }
}
