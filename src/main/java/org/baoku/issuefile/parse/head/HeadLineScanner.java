package org.baoku.issuefile.parse.head;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.issuefile.parse.Line;

/**
 * Finds the masthead and page-header fields a line prints and what it prints besides. Fields are taken
 * out one kind after another, in an order that keeps one kind from eating another (the serial number
 * before dates, other staff before 社长 and 编辑, the issue number and page count before page labels).
 * Stateless and thread-safe.
 */
final class HeadLineScanner {

    private static final String HAN = "\\p{IsHan}";
    /** A person's name as mastheads print it: two to four Han characters, maybe with a middle dot. */
    private static final String NAME = "[" + HAN + "·]{2,4}";
    /** An organisation glued to what it does (中共焦作市委主管主办): no spaces, colons or bars. */
    private static final String BODY = "[^\\s:|]{2,30}?";
    private static final String COLON = "\\s*:?\\s*";
    private static final String URL = "[A-Za-z0-9.:/_%?=&~+-]{4,80}";
    private static final String PHONE = "(?:\\(\\d{3,4}\\)\\s*|\\d{3,4}\\s*-\\s*)?\\d{5,8}";
    /** A romanised or English title word is capitalised ({@code Jiaozuo}, {@code RIBAO}, {@code People's}). */
    private static final String ROMAN_WORD = "[A-Z][A-Za-z'’]+";
    /** Fewer letters than this are an abbreviation or an OCR crumb, not a title. */
    private static final int MIN_ROMAN_TITLE_LETTERS = 5;
    /**
     * A label the OCR left at the end of a line, its value starting the next one
     * ({@code 国内统一连续出版物号:} / {@code CN 41-0007}); it is read again in front of the next line.
     */
    private static final Pattern DANGLING_LABEL = Pattern.compile("(国内统一连续出版物号|国内统一刊号|统一刊号|国际标准连续出版物号"
            + "|国际标准刊号|邮发代号|代号|社\\s*长|总\\s*编\\s*辑|责任编辑|网址|电话)\\s*:?\\s*$");

    private static final Pattern HEADING = Pattern.compile("^\\s*#+\\s*");
    private static final Pattern DAY_ONLY = Pattern.compile("^\\s*(\\d{1,2})\\s*日?\\s*$");
    private static final Pattern LABEL_FIRST =
            Pattern.compile("^\\s*(?:第\\s*)?([A-Z]{1,2}\\s?\\d{1,3}|\\d{1,3})\\s*版?(?=[\\s|:]|$)");
    /** Lines longer than this are article text: the longest masthead line seen is well under half of it. */
    private static final int MAX_HEAD_LINE_LENGTH = 200;
    /** For {@link FieldPattern}s whose matches share no one character. */
    private static final char ANY = 0;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|/\\\\:,;、*_\\-–—]+");

    private final List<FieldPattern> patterns = List.of(
            new FieldPattern(HeadField.SERIAL_NUMBER, 'N', "(?:国内统一连续出版物号|国内统一刊号|统一刊号|刊号)?" + COLON
                    + "CN\\s*(\\d{2})\\s*[-–—―]\\s*(\\d{4})(?:\\s*/\\s*[A-Z0-9()]+)?",
                    m -> "CN " + m.group(1) + "-" + m.group(2)),
            new FieldPattern(HeadField.MASTHEAD_CODE, 'S', "(?:国际标准连续出版物号|国际标准刊号)?" + COLON + "ISSN" + COLON
                    + "\\d{4}\\s*-\\s*\\d{3}[\\dXx]", m -> ""),
            new FieldPattern(HeadField.MASTHEAD_CODE, '号', "(?:邮发)?代号" + COLON + "\\d{1,2}\\s*-\\s*\\d{1,4}", m -> ""),
            new FieldPattern(HeadField.MASTHEAD_CODE, '证', "广告(?:经营)?(?:许可证|登记证)号?" + COLON + "[^\\s|]{2,30}", m -> ""),
            new FieldPattern(HeadField.CONTACT, ANY, "(?:网址|网站|网络版|电子信箱|电子邮箱|邮箱|E-?mail)" + COLON + URL, m -> ""),
            new FieldPattern(HeadField.CONTACT, ANY, "(?<![A-Za-z0-9.@/])(?:https?://|www\\.)" + URL, m -> ""),
            new FieldPattern(HeadField.CONTACT, ANY, "(?:新闻热线|广告热线|发行热线|订报热线|热线电话|投诉电话|热线|电话|传真)" + COLON
                    + PHONE + "(?:\\s*[,、/]\\s*" + PHONE + ")*", m -> ""),
            new FieldPattern(HeadField.CONTACT, '编', "(?:邮政编码|邮编)" + COLON + "\\d{6}", m -> ""),
            new FieldPattern(HeadField.CONTACT, '址', "(?:社址|地址)" + COLON + "[^\\s|]{2,40}", m -> ""),
            new FieldPattern(HeadField.DATE, '年', "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?", HeadLineScanner::date),
            new FieldPattern(HeadField.DATE, ANY, "(?<!\\d)(\\d{4})\\s*[-./]\\s*(\\d{1,2})\\s*[-./]\\s*(\\d{1,2})(?!\\d)",
                    HeadLineScanner::date),
            new FieldPattern(HeadField.YEAR_MONTH, '年', "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月", m -> m.group(1) + "-" + m.group(2)),
            new FieldPattern(HeadField.LUNAR_DATE, '月', "(农历\\s*)?(?:([甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])\\s*年\\s*)?"
                    + "(闰\\s*)?(十[一二]|[正一二三四五六七八九十冬腊])\\s*月\\s*"
                    + "(初\\s*[一二三四五六七八九十]|廿\\s*[一二三四五六七八九]|卅|[二三]\\s*十\\s*[一二三四五六七八九]?"
                    + "|十\\s*[一二三四五六七八九]?)",
                    HeadLineScanner::lunarDate),
            new FieldPattern(HeadField.WEEKDAY, ANY, "(?:星期|礼拜|周)\\s*([一二三四五六日天])", m -> "星期" + m.group(1)),
            new FieldPattern(HeadField.TOTAL_ISSUE_NUMBER, '期', "总\\s*第\\s*(\\d+)\\s*期", m -> m.group(1)),
            new FieldPattern(HeadField.ISSUE_NUMBER, '期', "第\\s*(\\d+)\\s*期", m -> m.group(1)),
            new FieldPattern(HeadField.PAGE_COUNT, '版', "(?:本报今日|今日|今天|本期|共)\\s*(\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*个?版",
                    m -> ChineseNumerals.parse(m.group(1)) == null ? null : ChineseNumerals.parse(m.group(1)).toString()),
            new FieldPattern(HeadField.STAFF, ANY, "(?:美术编辑|美编|版式设计|版式|责任校对|校对|组版|制图|副社长|副总编辑|执行总编辑)"
                    + COLON + NAME, m -> ""),
            new FieldPattern(HeadField.PRESIDENT, '长', "社\\s*长" + COLON + "(" + NAME + ")", m -> m.group(1)),
            new FieldPattern(HeadField.EDITOR_IN_CHIEF, '辑', "总\\s*编\\s*辑" + COLON + "(" + NAME + ")", m -> m.group(1)),
            new FieldPattern(HeadField.EDITOR, '编', "(?:(?:责任编辑|责编|本版编辑)" + COLON + "|编辑\\s*:\\s*)"
                    + "(" + NAME + "(?:\\s*[、,]\\s*" + NAME + ")*)", m -> m.group(1).replaceAll("\\s+", "")),
            new FieldPattern(HeadField.SPONSOR, '主', "(" + BODY + ")\\s*主管\\s+(" + BODY + ")\\s*主办", m -> m.group(2)),
            new FieldPattern(HeadField.SPONSOR, '主', "(" + BODY + ")\\s*主管\\s*主办", m -> m.group(1)),
            new FieldPattern(HeadField.SPONSOR, '主', "主办(?:单位)?\\s*:\\s*([^\\s|]{2,30})", m -> m.group(1)),
            new FieldPattern(HeadField.SPONSOR, '主', "(" + BODY + ")\\s*主办", m -> m.group(1)),
            new FieldPattern(HeadField.STAFF, '管', BODY + "\\s*主管", m -> ""),
            new FieldPattern(HeadField.PUBLISHER, '版', "(" + BODY + "(?:社|集团|公司|中心))\\s*出版(?!物)", m -> m.group(1)),
            new FieldPattern(HeadField.PUBLISHER, '版', "出版(?:单位|者)?\\s*:\\s*([^\\s|]{2,30})", m -> m.group(1)),
            new FieldPattern(HeadField.LABEL, ANY, "(?<![A-Za-z0-9])(?:第\\s*)?([A-Z]\\s?\\d{2})\\s*版?(?![A-Za-z0-9])",
                    m -> m.group(1).replace(" ", "")),
            new FieldPattern(HeadField.LABEL, '版', "第\\s*(\\d{1,3})\\s*版", m -> m.group(1)),
            new FieldPattern(HeadField.TITLE, '报', "(?<!" + HAN + ")(" + HAN + "{2,8}?(?:日报|晚报|早报|晨报|商报|时报|都市报))(?!" + HAN + ")",
                    m -> m.group(1)),
            // last, so that only Latin words no other field claimed are taken for the title
            new FieldPattern(HeadField.ROMAN_TITLE, ANY, "(?<![A-Za-z0-9@./:_-])" + ROMAN_WORD + "(?: +" + ROMAN_WORD + "){0,5}"
                    + "(?![A-Za-z0-9@./:_-])", m -> letters(m.group()) >= MIN_ROMAN_TITLE_LETTERS ? m.group() : null));

    HeadLine scan(Line line, boolean dayExpected) {
        return scan(line, dayExpected, null);
    }

    /**
     * @param dayExpected whether the line above printed a date cut after the month, so that a line
     *                    holding only a number is that date's day rather than a page label
     * @param carried     a label the line above ended with ({@link HeadLine#carry()}), read in front of this
     *                    line; {@code null} when none
     */
    HeadLine scan(Line line, boolean dayExpected, String carried) {
        String text = HeadText.normalise(line.text());
        Matcher heading = HEADING.matcher(text);
        boolean isHeading = heading.find();
        String rest = isHeading ? text.substring(heading.end()) : text;
        Map<HeadField, String> values = new EnumMap<>(HeadField.class);
        if (rest.length() > MAX_HEAD_LINE_LENGTH) {
            return new HeadLine(line, text, isHeading, values, rest.strip(), null);
        }
        Matcher day = DAY_ONLY.matcher(rest);
        if (dayExpected && day.matches()) {
            values.put(HeadField.DAY, day.group(1));
            return new HeadLine(line, text, isHeading, values, "", null);
        }
        Matcher label = LABEL_FIRST.matcher(rest);
        if (carried == null && label.find()) {
            values.put(HeadField.LABEL, label.group(1).replace(" ", ""));
            rest = " " + rest.substring(label.end());
        }
        if (carried != null) {
            rest = carried + ":" + rest;
        }
        for (FieldPattern pattern : patterns) {
            rest = pattern.take(rest, values);
        }
        String carry = null;
        Matcher dangling = DANGLING_LABEL.matcher(rest);
        if (dangling.find()) {
            carry = dangling.group(1);
            rest = rest.substring(0, dangling.start());
        }
        String residual = SEPARATORS.matcher(rest).replaceAll(" ").strip();
        return new HeadLine(line, text, isHeading, values, residual, carry);
    }

    private static int letters(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }

    private static String date(MatchResult m) {
        return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    }

    private static String lunarDate(MatchResult m) {
        if (m.group(1) == null && m.group(2) == null) {
            return null; // 六月二十 alone could be anything; a lunar date names its year or says 农历
        }
        String printed = m.group().replaceAll("\\s+", "");
        return printed.startsWith("农历") ? printed.substring(2) : printed;
    }

    /**
     * One kind of field: a character every match contains (a cheap test that spares most lines the
     * pattern), the pattern, and how a match becomes a value ({@code null}: not this field after all).
     */
    private record FieldPattern(HeadField field, char requires, Pattern pattern, Function<MatchResult, String> value) {

        FieldPattern(HeadField field, char requires, String regex, Function<MatchResult, String> value) {
            this(field, requires, Pattern.compile(regex), value);
        }

        /** @return {@code text} with every match taken out; the first value of the field is kept */
        String take(String text, Map<HeadField, String> values) {
            if (requires != ANY && text.indexOf(requires) < 0) {
                return text;
            }
            Matcher matcher = pattern.matcher(text);
            if (!matcher.find()) {
                return text;
            }
            matcher.reset();
            return matcher.replaceAll(match -> {
                String found = value.apply(match);
                if (found == null) {
                    return Matcher.quoteReplacement(match.group());
                }
                values.putIfAbsent(field, found);
                return " ";
            });
        }
    }
}
