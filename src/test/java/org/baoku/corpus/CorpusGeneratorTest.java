package org.baoku.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    /** A byline or a 上接 mark opens every article part the generator prints. */
    private static final Pattern ARTICLE_OPENING = Pattern.compile(
            "^(本报讯[（(]|本报记者 |新华社\\S+?电 |[（(]上接A\\d\\d版[）)])", Pattern.MULTILINE);

    @TempDir
    Path temp;

    @Test
    void sameSeedWritesSameBytesAndAnotherSeedDoesNot() throws IOException {
        CorpusSpec spec = CorpusSpec.of(6, 5, 3, 42, 0.1);
        new CorpusGenerator(spec).writeTo(temp.resolve("a"));
        new CorpusGenerator(spec).writeTo(temp.resolve("b"));
        new CorpusGenerator(CorpusSpec.of(6, 5, 3, 43, 0.1)).writeTo(temp.resolve("c"));

        List<Path> pages = GeneratedCorpus.pages(temp.resolve("a"));
        assertEquals(30, pages.size());
        boolean anyDiffers = false;
        for (Path page : pages) {
            Path relative = temp.resolve("a").relativize(page);
            assertArrayEquals(Files.readAllBytes(page), Files.readAllBytes(temp.resolve("b").resolve(relative)),
                    relative.toString());
            Path gold = GeneratedCorpus.gold(page);
            assertArrayEquals(Files.readAllBytes(gold),
                    Files.readAllBytes(temp.resolve("b").resolve(temp.resolve("a").relativize(gold))));
            Path other = temp.resolve("c").resolve(relative.getParent()).toFile().listFiles()[0].toPath();
            anyDiffers |= other.toFile().length() != page.toFile().length();
        }
        assertTrue(anyDiffers, "another seed writes another corpus");
    }

    @Test
    void mastheadsPrintTheDatesWeekdaysAndLunarDatesOfIcu() throws IOException {
        // 2025-07-20 .. 2025-09-17 spans 闰六月, which a masthead prints as 六月
        CorpusSpec spec = new CorpusSpec(60, 2, java.time.LocalDate.of(2025, 7, 20), 500, new NoiseLevel(1), 5, 0);
        new CorpusGenerator(spec).writeTo(temp);
        Pattern masthead = Pattern.compile("(\\d{4})年(\\d{1,2})月 ?(\\d{1,2})日?\\s+\\S+主管主办 \\S+出版 总第(\\d+)期 今日(\\d+)版\\s+"
                + "(\\S+) (星期.) ");
        int fronts = 0;
        for (Path page : GeneratedCorpus.pages(temp)) {
            if (!page.toString().endsWith("-A01.txt")) {
                continue;
            }
            Matcher m = masthead.matcher(GeneratedCorpus.text(page));
            assertTrue(m.find(), "masthead of " + page);
            java.time.LocalDate date = java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            assertEquals(spec.firstDay().plusDays(fronts), date);
            assertEquals(500 + fronts, Integer.parseInt(m.group(4)), "running issue number");
            assertEquals("2", m.group(5));
            assertEquals("星期" + "一二三四五六日".charAt(date.getDayOfWeek().getValue() - 1), m.group(7));
            assertLunarDateOf(date, m.group(6));
            fronts++;
        }
        assertEquals(60, fronts);
        assertEquals("乙巳年六月二十", PrintedDates.lunar(java.time.LocalDate.of(2025, 8, 13)), "the shared sample");
        assertEquals("甲辰年二月初二", PrintedDates.lunar(java.time.LocalDate.of(2024, 3, 11)), "the demo inbox");
    }

    /** Reads a printed lunar date back and compares it field by field with ICU's Chinese calendar. */
    private static void assertLunarDateOf(java.time.LocalDate date, String printed) {
        Matcher m = Pattern.compile("(.)(.)年(正|二|三|四|五|六|七|八|九|十|十一|十二)月(.{2})").matcher(printed);
        assertTrue(m.matches(), printed);
        com.ibm.icu.util.GregorianCalendar noon = new com.ibm.icu.util.GregorianCalendar(
                com.ibm.icu.util.TimeZone.GMT_ZONE);
        noon.clear();
        noon.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0);
        com.ibm.icu.util.ChineseCalendar chinese = new com.ibm.icu.util.ChineseCalendar(
                com.ibm.icu.util.TimeZone.GMT_ZONE, com.ibm.icu.util.ULocale.ROOT);
        chinese.setTimeInMillis(noon.getTimeInMillis());
        int cycle = chinese.get(com.ibm.icu.util.ChineseCalendar.YEAR) - 1;
        assertEquals("甲乙丙丁戊己庚辛壬癸".charAt(cycle % 10), m.group(1).charAt(0), printed);
        assertEquals("子丑寅卯辰巳午未申酉戌亥".charAt(cycle % 12), m.group(2).charAt(0), printed);
        List<String> months = List.of("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二");
        assertEquals(chinese.get(com.ibm.icu.util.ChineseCalendar.MONTH), months.indexOf(m.group(3)), printed);
        List<String> days = List.of("初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
                "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
                "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十");
        assertEquals(chinese.get(com.ibm.icu.util.ChineseCalendar.DAY_OF_MONTH), days.indexOf(m.group(4)) + 1, printed);
    }

    @Test
    void innerPageHeadersCarryTheIssueDateAndLabel() throws IOException {
        new CorpusGenerator(CorpusSpec.of(3, 4, 0, 9, 0)).writeTo(temp);
        for (Path page : GeneratedCorpus.pages(temp)) {
            String name = page.getFileName().toString();
            if (name.endsWith("-A01.txt")) {
                continue;
            }
            String label = name.substring(name.length() - 7, name.length() - 4);
            java.time.LocalDate date = java.time.LocalDate.parse(page.getParent().getFileName().toString());
            String header = GeneratedCorpus.text(page).lines().findFirst().orElseThrow();
            assertTrue(header.matches(label + " \\S+ " + PrintedDates.solar(date) + " " + PrintedDates.weekday(date)
                    + " 责任编辑：\\S+"), header);
        }
    }

    @Test
    void issuesBefore1970AreWrittenWithTheirDates() throws IOException {
        // before 1970 the epoch day is negative: the editor's rota must not index a list with it
        java.time.LocalDate first = java.time.LocalDate.of(1950, 1, 1);
        new CorpusGenerator(new CorpusSpec(3, 4, first, 1, new NoiseLevel(0), 9, 0)).writeTo(temp);
        List<Path> pages = GeneratedCorpus.pages(temp);
        assertEquals(12, pages.size());
        for (Path page : pages) {
            java.time.LocalDate date = java.time.LocalDate.parse(page.getParent().getFileName().toString());
            assertTrue(!date.isBefore(first) && date.isBefore(first.plusDays(3)), page.toString());
            assertTrue(GeneratedCorpus.text(page).contains(PrintedDates.solar(date)), page.toString());
        }
    }

    @Test
    void goldReadingsAreValidJsonAndMentionEveryArticleOfTheirPage() throws IOException {
        CorpusSummary summary = new CorpusGenerator(CorpusSpec.of(8, 6, 3, 11, 0.1)).writeTo(temp);
        int articles = 0;
        int rejected = 0;
        for (Path page : GeneratedCorpus.pages(temp)) {
            JsonObject gold = Json.createReader(new StringReader(Files.readString(GeneratedCorpus.gold(page))))
                    .readObject();
            assertEquals(page.getFileName().toString(), gold.getString("file"));
            if ("REJECTED".equals(gold.getString("status"))) {
                rejected++;
                assertTrue(gold.getJsonArray("articles").isEmpty());
                continue;
            }
            String raw = GeneratedCorpus.text(page);
            String text = GeneratedCorpus.comparable(raw);
            List<JsonObject> goldArticles = gold.getJsonArray("articles").getValuesAs(JsonObject.class);
            Matcher openings = ARTICLE_OPENING.matcher(raw.replace("\r", "").replace("\uFEFF", ""));
            long printed = openings.results().count();
            assertEquals(printed, goldArticles.size(), "every article of " + page + " is in its gold reading");
            for (JsonObject article : goldArticles) {
                String probe = GeneratedCorpus.comparable(article.getString("probe"));
                assertEquals(text.indexOf(probe), text.lastIndexOf(probe), "probe once on the page: " + probe);
                assertTrue(text.contains(probe), "probe printed: " + probe);
                JsonValue headline = article.get("headline");
                if (headline.getValueType() == JsonValue.ValueType.STRING) {
                    assertTrue(text.contains(GeneratedCorpus.comparable(article.getString("headline"))));
                }
                for (JsonValue passage : article.getJsonArray("bodyOnce")) {
                    assertTrue(text.contains(GeneratedCorpus.comparable(((jakarta.json.JsonString) passage).getString())));
                }
                assertFalse(article.getJsonArray("bodyOnce").isEmpty(), "each article has passages to check");
                articles++;
            }
            List<JsonObject> guide = gold.containsKey("guide")
                    ? gold.getJsonArray("guide").getValuesAs(JsonObject.class) : List.of();
            for (JsonObject entry : guide) {
                assertTrue(text.contains("详见今日本报" + entry.getString("page") + "版"));
            }
        }
        assertEquals(summary.articleParts(), articles);
        assertEquals(summary.badFiles(), rejected);
        assertNotEquals(0, rejected, "a 10% bad-file rate over 48 files makes some bad files");
    }
}
