package org.baoku.issuefile.validate;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import org.baoku.issuefile.Finding;

/** The weekday printed must be the weekday of the date printed ({@value #WEEKDAY_MISMATCH}, a warning). */
public final class WeekdayCheck implements IssueCheck {

    public static final String WEEKDAY_MISMATCH = "WEEKDAY_MISMATCH";

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "星期一", DayOfWeek.MONDAY, "星期二", DayOfWeek.TUESDAY, "星期三", DayOfWeek.WEDNESDAY,
            "星期四", DayOfWeek.THURSDAY, "星期五", DayOfWeek.FRIDAY, "星期六", DayOfWeek.SATURDAY,
            "星期日", DayOfWeek.SUNDAY, "星期天", DayOfWeek.SUNDAY);
    private static final String[] NAMES = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    @Override
    public List<Finding> check(CheckedPage page) {
        if (page.issue().date() == null || page.issue().weekday() == null) {
            return List.of();
        }
        DayOfWeek printed = WEEKDAYS.get(page.issue().weekday());
        DayOfWeek actual = page.issue().date().getDayOfWeek();
        if (printed == null || printed == actual) {
            return List.of();
        }
        return List.of(Finding.warning(WEEKDAY_MISMATCH, page.headLine(), "the page prints " + page.issue().weekday()
                + " but " + page.issue().date() + " is a " + NAMES[actual.getValue() - 1]));
    }
}
