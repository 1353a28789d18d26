package org.baoku.issuefile.parse.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.issuefile.Byline;
import org.baoku.issuefile.BylineType;

/**
 * Reads a byline or dateline at the start of a paragraph: {@code 本报讯 (记者A、B)}, {@code 本报北京1月31日电
 * (记者A)}, {@code 新华社北京8月12日电 (记者A)}, and whole-line credits such as {@code 本报记者 A 通讯员 B}.
 * Only the start of a paragraph is looked at: 本报讯 quoted inside a sentence is text. Names printed with
 * ideographic or no-break spaces inside to fill a column ({@code 黄　娴}) are read as one name, without the
 * space, as {@link org.baoku.issuefile.PersonNames} keeps them.
 */
public final class BylineParser {

    /** A byline and the text printed after it on the same paragraph (empty when the line is only a byline). */
    public record BylineMatch(Byline byline, String rest) {
        public boolean wholeLine() {
            return rest.isEmpty();
        }
    }

    /** A credit closing an article, {@code ……。（张三）}, and the text printed before it. */
    public record TrailingCredit(Byline byline, String before) {
    }

    private static final String DATE = "([0-9０-９]{1,2}\\s*月\\s*[0-9０-９]{1,2}\\s*日)";
    /** Spaces as printed between and inside names: ASCII, ideographic, no-break and the typographic ones. */
    private static final String SPACE = "[\\s\\u00A0\\u2002-\\u200A\\u202F\\u3000]";
    private static final String CREDIT = "(?:" + SPACE + "*[(（]([^()（）]{0,60})[)）])?";
    private static final String KNOWN_AGENCIES = "新华社|中新社|中国新闻社|人民日报|经济日报|光明日报|工人日报|央视新闻|法新社|路透社|美联社|共同社|塔斯社";

    private static final Pattern LOCAL_NEWS = Pattern.compile("^本报讯" + CREDIT);
    private static final Pattern LOCAL_DATELINE =
            Pattern.compile("^本报\\s*(\\p{IsHan}{0,8}?)\\s*" + DATE + "\\s*电" + CREDIT);
    /** A known agency may omit place and date ({@code 新华社电}). */
    private static final Pattern WIRE_KNOWN = Pattern.compile(
            "^据?\\s*(" + KNOWN_AGENCIES + ")\\s*(\\p{IsHan}{1,10}?)?\\s*" + DATE + "?\\s*电(?![视话脑子力源])" + CREDIT);
    /** Any other 某某社 needs the date, or 合作社成员电… would read as a dateline. */
    private static final Pattern WIRE_OTHER =
            Pattern.compile("^据?\\s*(\\p{IsHan}{1,4}?社)\\s*(\\p{IsHan}{1,10}?)\\s*" + DATE + "\\s*电" + CREDIT);
    /** Role first, then names; five characters straight after the role are a sentence (本报记者日前获悉), not a name. */
    private static final Pattern CREDIT_LINE =
            Pattern.compile("^(?:本报)?(?:特约|见习)?(?:记者|通讯员)(?![\\p{IsHan}]{5,})[^，,；;：:。！？]{1,40}$");
    private static final Pattern STAFF_CREDIT = Pattern.compile("^本报(?:特约|见习)?记者");

    private static final Pattern ROLE = Pattern.compile(
            "本报特约记者|本报见习记者|本报记者|本报通讯员|特约记者|见习记者|实习记者|记者|通讯员|实习生|摄影|文/图|文／图");
    /** Between names of one credit; spaces separate names too, unless they stand inside one (黄　娴). */
    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；]+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("、+");
    private static final Pattern SPACES = Pattern.compile(SPACE + "+");
    private static final Pattern SINGLE_HAN = Pattern.compile("\\p{IsHan}");
    /** A name that fills a column with spaces has two or three characters, so runs longer than this are not one. */
    private static final int LONGEST_SPACED_NAME = 3;
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}]{2,4}|[\\p{IsHan}]{1,6}[·•][\\p{IsHan}]{1,8}|[A-Za-z][A-Za-z .'-]{1,30}");
    private static final Pattern TRAILING_ROLE = Pattern.compile("(?:摄|报道)$");
    /** Words that stand after the names ({@code 记者 A 摄}) and name no one. */
    private static final Pattern CREDIT_WORD = Pattern.compile("摄|报道|文|图|制图|供图|绘");

    /** Characters a byline can open with: 本报…, 记者/通讯员/特约/见习…; a dateline has its 电 early. */
    private static final String OPENINGS = "本记通特见";
    private static final int LATEST_DATELINE_END = 28;

    /** A bracketed credit closing the last paragraph, e.g. {@code （张三）} or {@code （本报记者 张三）}. */
    private static final Pattern TRAILING_CREDIT = Pattern.compile("[(（]" + SPACE + "*([^()（）]{2,30}?)" + SPACE + "*[)）]" + SPACE + "*$");
    /** Photo and graphics credits name who took a picture, not who wrote the story. */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("摄|供图|制图|绘图|图/|图／|/图|／图|图片");
    private static final Pattern AGENCY_REPORTER = Pattern.compile("^(" + KNOWN_AGENCIES + ")(?:特约|见习)?记者");
    private static final int MOST_TRAILING_NAMES = 4;

    public Optional<BylineMatch> parseStart(String paragraph) {
        String text = paragraph.strip();
        if (text.isEmpty() || !mayOpenWithByline(text)) {
            return Optional.empty();
        }
        Matcher m = LOCAL_NEWS.matcher(text);
        if (m.find()) {
            return match(text, m, new Byline(BylineType.LOCAL_NEWS, null, null, null, creditNames(m.group(1))));
        }
        m = LOCAL_DATELINE.matcher(text);
        if (m.find()) {
            return match(text, m, new Byline(BylineType.LOCAL_NEWS, null, emptyToNull(m.group(1)),
                    date(m.group(2)), creditNames(m.group(3))));
        }
        m = WIRE_KNOWN.matcher(text);
        if (!m.find()) {
            m = WIRE_OTHER.matcher(text);
            if (!m.find()) {
                return creditLine(text);
            }
        }
        return match(text, m, new Byline(BylineType.WIRE, m.group(1), emptyToNull(m.group(2)),
                date(m.group(3)), creditNames(m.group(4))));
    }

    /** A cheap look that rules out most paragraphs before any pattern runs: this is asked of every line. */
    private static boolean mayOpenWithByline(String text) {
        if (OPENINGS.indexOf(text.charAt(0)) >= 0) {
            return true;
        }
        int dateline = text.indexOf('电');
        return dateline >= 2 && dateline <= LATEST_DATELINE_END;
    }

    /** Whether the line is nothing but a byline, printed on its own above the text. */
    public boolean isBylineOnly(String line) {
        return parseStart(line).map(BylineMatch::wholeLine).orElse(false);
    }

    /** A line like {@code 本报记者 孙国利} or {@code 本报记者 A 通讯员 B}: every word after the roles must be a name. */
    private Optional<BylineMatch> creditLine(String text) {
        Matcher m = CREDIT_LINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String token : tokens(ROLE.matcher(text).replaceAll(" "), NAME_SEPARATORS)) {
            if (token.isEmpty() || CREDIT_WORD.matcher(token).matches()) {
                continue;
            }
            String name = stripTrailingRole(token);
            if (!NAME.matcher(name).matches()) {
                return Optional.empty();
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        boolean staff = STAFF_CREDIT.matcher(text).find();
        return Optional.of(new BylineMatch(
                new Byline(staff ? BylineType.STAFF : BylineType.OTHER, null, null, null, names), ""));
    }

    /** Names inside {@code (记者A、B 通讯员C)}; anything that cannot be a name is left out rather than guessed. */
    private List<String> creditNames(String credit) {
        List<String> names = new ArrayList<>();
        if (credit == null) {
            return names;
        }
        for (String token : tokens(ROLE.matcher(credit).replaceAll(" "), SEPARATORS)) {
            String name = stripTrailingRole(token.strip());
            if (!name.isEmpty() && !CREDIT_WORD.matcher(name).matches() && NAME.matcher(name).matches()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The words of a credit: groups cut at {@code separators}, each cut at spaces, except that single
     * characters standing apart ({@code 黄　娴}) are one name printed spaced to fill the column.
     */
    private static List<String> tokens(String credit, Pattern separators) {
        List<String> tokens = new ArrayList<>();
        for (String group : separators.split(credit)) {
            StringBuilder spaced = new StringBuilder();
            for (String token : SPACES.split(group.strip())) {
                if (SINGLE_HAN.matcher(token).matches() && !CREDIT_WORD.matcher(token).matches()) {
                    spaced.append(token);
                    continue;
                }
                addSpaced(spaced, tokens);
                tokens.add(token);
            }
            addSpaced(spaced, tokens);
        }
        return tokens;
    }

    private static void addSpaced(StringBuilder spaced, List<String> tokens) {
        if (spaced.isEmpty()) {
            return;
        }
        if (spaced.length() <= LONGEST_SPACED_NAME) {
            tokens.add(spaced.toString());
        } else {
            spaced.chars().forEach(c -> tokens.add(String.valueOf((char) c)));
        }
        spaced.setLength(0);
    }

    /**
     * Reads a credit in brackets that closes a paragraph after its last sentence ({@code ……。（张三）}) or
     * stands alone ({@code （本报记者 张三）}): the names of who wrote it. Picture credits ({@code 摄}, {@code
     * 供图}) and marks such as {@code （完）} name no writer and are not read.
     */
    public Optional<TrailingCredit> parseTrailingCredit(String paragraph) {
        String text = paragraph.strip();
        if (text.isEmpty() || (text.charAt(text.length() - 1) != ')' && text.charAt(text.length() - 1) != '）')) {
            return Optional.empty();
        }
        Matcher m = TRAILING_CREDIT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String before = text.substring(0, m.start()).strip();
        String credit = m.group(1).strip();
        if ((!before.isEmpty() && !SentenceBoundary.endsSentence(before)) || PICTURE_CREDIT.matcher(credit).find()) {
            return Optional.empty();
        }
        Byline byline = trailingByline(credit);
        if (byline == null || byline.reporters().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TrailingCredit(byline, before));
    }

    private Byline trailingByline(String credit) {
        Matcher agency = AGENCY_REPORTER.matcher(credit);
        if (agency.find()) {
            return new Byline(BylineType.WIRE, agency.group(1), null, null, creditNames(credit.substring(agency.end())));
        }
        Optional<BylineMatch> line = creditLine(credit);
        if (line.isPresent()) {
            return line.get().byline();
        }
        List<String> names = new ArrayList<>();
        for (String token : tokens(credit, NAME_SEPARATORS)) {
            if (!NAME.matcher(token).matches() || names.size() == MOST_TRAILING_NAMES) {
                return null;
            }
            names.add(token);
        }
        return new Byline(BylineType.OTHER, null, null, null, names);
    }

    private static String stripTrailingRole(String token) {
        Matcher role = TRAILING_ROLE.matcher(token);
        return role.find() && role.start() >= 2 ? token.substring(0, role.start()) : token;
    }

    private static Optional<BylineMatch> match(String text, Matcher m, Byline byline) {
        return Optional.of(new BylineMatch(byline, text.substring(m.end()).strip()));
    }

    private static String date(String printed) {
        return printed == null ? null : ComparableText.fold(printed);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
