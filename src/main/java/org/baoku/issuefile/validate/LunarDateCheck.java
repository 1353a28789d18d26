package org.baoku.issuefile.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.baoku.issuefile.Finding;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The lunar date printed must be the date's day in the Chinese calendar (ICU's {@link ChineseCalendar}):
 * its 干支 year, month and day ({@value #LUNAR_DATE_MISMATCH}, a warning). A leap month printed without 闰
 * ({@code 六月} in 闰六月) is how papers print it and is not an error; 闰 printed for a month that is not
 * a leap month is.
 */
public final class LunarDateCheck implements IssueCheck {

    public static final String LUNAR_DATE_MISMATCH = "LUNAR_DATE_MISMATCH";

    private static final ULocale CHINESE_CALENDAR = new ULocale("zh@calendar=chinese");
    /** ICU formats are not thread-safe; one per thread keeps the check shareable. */
    private static final ThreadLocal<SimpleDateFormat> LUNAR_FORMAT = ThreadLocal.withInitial(() -> {
        SimpleDateFormat format = new SimpleDateFormat("U年MMMd", "d=hanidays", CHINESE_CALENDAR);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format;
    });
    private static final ThreadLocal<SimpleDateFormat> CYCLIC_YEAR_FORMAT = ThreadLocal.withInitial(() -> {
        SimpleDateFormat format = new SimpleDateFormat("U", CHINESE_CALENDAR);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format;
    });

    /**
     * The lunar day of each date seen: the Chinese calendar is costly to compute (it is astronomical), and
     * a delivery holds many pages of few dates. Bounded: cleared when it grows past a lifetime of dailies.
     */
    private static final int MAX_REMEMBERED_DATES = 40_000;
    private final Map<LocalDate, LunarDay> lunarDays = new ConcurrentHashMap<>();

    /** A date's day in the Chinese calendar, in parts and as ICU prints it ({@code 乙巳年闰六月二十}). */
    private record LunarDay(String cyclicYear, boolean leapMonth, int month, int day, String printed) {
    }

    @Override
    public List<Finding> check(CheckedPage page) {
        LocalDate date = page.issue().date();
        String lunarDate = page.issue().lunarDate();
        if (date == null || lunarDate == null) {
            return List.of();
        }
        PrintedLunarDate printed = PrintedLunarDate.parse(lunarDate);
        if (printed == null) {
            return List.of();
        }
        LunarDay actual = lunarDayOf(date);
        boolean sameYear = printed.cyclicYear() == null || printed.cyclicYear().equals(actual.cyclicYear());
        boolean sameMonth = printed.month() == actual.month() && (!printed.leap() || actual.leapMonth());
        boolean sameDay = printed.day() == actual.day();
        if (sameYear && sameMonth && sameDay) {
            return List.of();
        }
        return List.of(Finding.warning(LUNAR_DATE_MISMATCH, page.headLine(), "the page prints the lunar date "
                + lunarDate + " but " + date + " is " + actual.printed()));
    }

    private LunarDay lunarDayOf(LocalDate date) {
        LunarDay known = lunarDays.get(date);
        if (known != null) {
            return known;
        }
        if (lunarDays.size() > MAX_REMEMBERED_DATES) {
            lunarDays.clear();
        }
        ChineseCalendar calendar = chineseCalendarAt(date);
        LunarDay day = new LunarDay(format(CYCLIC_YEAR_FORMAT.get(), calendar),
                calendar.get(ChineseCalendar.IS_LEAP_MONTH) == 1, calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH), format(LUNAR_FORMAT.get(), calendar));
        lunarDays.put(date, day);
        return day;
    }

    private static ChineseCalendar chineseCalendarAt(LocalDate date) {
        GregorianCalendar gregorian = new GregorianCalendar(TimeZone.GMT_ZONE);
        gregorian.clear();
        gregorian.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE, CHINESE_CALENDAR);
        calendar.setTimeInMillis(gregorian.getTimeInMillis());
        return calendar;
    }

    private static String format(SimpleDateFormat format, ChineseCalendar calendar) {
        format.setCalendar(calendar);
        return format.format(calendar.getTime());
    }
}
