package org.baoku.issuefile.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.issuefile.parse.head.ChineseNumerals;

/**
 * A lunar date as a masthead prints it ({@code 乙巳年六月二十}, {@code 闰六月初一}, {@code 腊月廿三}), taken
 * apart for comparison with the calendar.
 *
 * @param cyclicYear the 干支 year name ({@code 乙巳}), or {@code null} when not printed
 * @param leap       whether the month is printed as a leap month (闰)
 * @param month      1-12
 * @param day        1-30
 */
record PrintedLunarDate(String cyclicYear, boolean leap, int month, int day) {

    private static final Pattern LUNAR_DATE = Pattern.compile(
            "(?:([甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])年)?(闰)?(十[一二]|[正一二三四五六七八九十冬腊])月(初)?(.{1,3})");

    /** @return the parts, or {@code null} when the text is not a lunar date this can read */
    static PrintedLunarDate parse(String printed) {
        Matcher matcher = LUNAR_DATE.matcher(printed.replaceAll("\\s+", ""));
        if (!matcher.matches()) {
            return null;
        }
        Integer month = switch (matcher.group(3)) {
            case "正" -> 1;
            case "冬" -> 11;
            case "腊" -> 12;
            default -> ChineseNumerals.parse(matcher.group(3));
        };
        Integer day = ChineseNumerals.parse(matcher.group(5));
        if (month == null || day == null || day < 1 || day > 30 || (matcher.group(4) != null && day > 10)) {
            return null;
        }
        return new PrintedLunarDate(matcher.group(1), matcher.group(2) != null, month, day);
    }
}
