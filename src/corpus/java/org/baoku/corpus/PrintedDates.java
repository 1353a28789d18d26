package org.baoku.corpus;

import java.time.LocalDate;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Dates as a Chinese daily prints them: solar date, weekday and lunar date. The lunar date comes
 * from ICU's Chinese calendar, so that a masthead generated here agrees with any check against ICU.
 */
public final class PrintedDates {

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String[] MONTHS = {"正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    private static final String[] DAY_TENS = {"初", "十", "廿", "三"};
    private static final String DIGITS = "一二三四五六七八九十";

    private PrintedDates() {
    }

    /** {@code 2024年3月11日} */
    public static String solar(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** {@code 3月10日}, as datelines and leads print it. */
    public static String monthDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public static String weekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }

    /**
     * {@code 甲辰年二月初二}: gan-zhi year, month, day. A leap month is printed like the month it
     * repeats (no 闰), as mastheads do.
     */
    public static String lunar(LocalDate date) {
        GregorianCalendar noon = new GregorianCalendar(TimeZone.GMT_ZONE);
        noon.clear();
        noon.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0);
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        calendar.setTimeInMillis(noon.getTimeInMillis());
        int cycleYear = calendar.get(ChineseCalendar.YEAR) - 1;
        int month = calendar.get(ChineseCalendar.MONTH);
        int day = calendar.get(ChineseCalendar.DAY_OF_MONTH);
        return "" + STEMS.charAt(cycleYear % 10) + BRANCHES.charAt(cycleYear % 12) + "年"
                + MONTHS[month] + "月" + lunarDay(day);
    }

    private static String lunarDay(int day) {
        if (day == 10) {
            return "初十";
        }
        if (day == 20) {
            return "二十";
        }
        if (day == 30) {
            return "三十";
        }
        return DAY_TENS[day / 10] + DIGITS.charAt(day % 10 - 1);
    }
}
