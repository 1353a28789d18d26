package org.baoku.cli.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search pass's queries and figures, without a server: cuts, the latency mix, percentiles, import cost. */
class SearchPassTest {

    private static final String BODY = "惊蛰过后，气温回升，青川大地处处是春耕备耕的忙碌景象。\n\n"
            + "“今年我们合作社流转了600多亩地，种子、化肥都已经备齐。”石桥镇 丰收 -种植 专业 ， 合作社负责人王德胜说。\n\n"
            + "据市农业农村局介绍，今年全市计划播种粮食作物52万亩。";

    @Test
    void cutsEndInLettersOrDigitsAndNeverCrossALineOrHoldQuerySyntax() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            String cut = TextCuts.cut(BODY, 4, 12, random);
            int length = cut.codePointCount(0, cut.length());
            assertTrue(length >= 4 && length <= 12, cut);
            assertTrue(Character.isLetterOrDigit(cut.codePointAt(0)), cut);
            assertTrue(Character.isLetterOrDigit(cut.codePointBefore(cut.length())), cut);
            assertTrue(!cut.contains("\n") && !cut.contains("\"") && !cut.contains("“") && !cut.contains("”")
                    && !cut.contains(" -") && !cut.contains(" ， "), cut);
            assertTrue(BODY.contains(cut), cut);
        }
    }

    @Test
    void cutsAreTheSameForTheSameSeedAndNoneFromTextWithoutLetters() {
        assertEquals(TextCuts.cut(BODY, 4, 12, new Random(3)), TextCuts.cut(BODY, 4, 12, new Random(3)));
        assertNull(TextCuts.cut("，。、“”——", 2, 4, new Random(1)));
        assertNull(TextCuts.cut("短", 2, 4, new Random(1)));
        String rare = "𠀀𠀁𠀂𠀃"; // outside the BMP: four characters, eight chars
        assertEquals(rare, TextCuts.cut(rare, 4, 4, new Random(1)));
    }

    @Test
    void knownItemsAreCutFromTheirArticles() {
        List<ArticleSample> articles = List.of(new ArticleSample(1, LocalDate.of(2024, 3, 11), BODY, List.of()),
                new ArticleSample(2, LocalDate.of(2024, 3, 12), "青川港地处青川河中游", List.of("林晓雯")));
        List<SearchPass.KnownItem> items = SearchPass.knownItems(articles, 100, new Random(1));
        assertEquals(100, items.size());
        for (SearchPass.KnownItem item : items) {
            assertTrue(articles.get((int) item.articleId() - 1).body().contains(item.text()), item.toString());
        }
    }

    @Test
    void theLatencyMixIsHalfWordsHalfPhrasesAndAFifthWithDates() {
        LocalDate day = LocalDate.of(2024, 3, 11);
        List<String> queries = SearchPass.LatencyQueries.of(List.of(new ArticleSample(1, day, BODY, List.of())), 1000,
                new Random(5));
        assertEquals(1000, queries.size());
        int phrases = 0;
        int ranged = 0;
        for (int i = 0; i < queries.size(); i++) {
            String query = URLDecoder.decode(queries.get(i), StandardCharsets.UTF_8);
            String q = query.substring("archive/search?q=".length()).split("&")[0];
            if (q.startsWith("\"")) {
                phrases++;
                int length = q.codePointCount(0, q.length()) - 2;
                assertTrue(q.endsWith("\"") && length >= 4 && length <= 8, q);
            } else {
                int length = q.codePointCount(0, q.length());
                assertTrue(length >= 2 && length <= 4, q);
            }
            assertTrue(BODY.contains(q.replace("\"", "")), q);
            if (query.contains("&from=")) {
                ranged++;
                LocalDate from = LocalDate.parse(query.replaceAll(".*&from=([0-9-]+).*", "$1"));
                LocalDate to = LocalDate.parse(query.replaceAll(".*&to=([0-9-]+).*", "$1"));
                assertTrue(!day.isBefore(from) && !day.isAfter(to) && to.equals(from.plusDays(30)), query);
            }
        }
        assertEquals(500, phrases);
        assertEquals(200, ranged);
    }

    @Test
    void exactHoldersCountCurrentArticlesHoldingEachStringOnce(@TempDir Path temp) throws Exception {
        Path database = temp.resolve("archive");
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + database, "baoku", "baoku");
             Statement sql = db.createStatement()) {
            sql.execute("create table page (id bigint primary key, superseded boolean not null)");
            sql.execute("create table article (id bigint primary key, page_id bigint not null, body varchar not null)");
            sql.execute("insert into page values (1, false), (2, true)");
            sql.execute("insert into article values (10, 1, '工作人员逐项检查，工作人员逐项登记'), "
                    + "(11, 1, '在河坪镇，工作人员逐项检查'), (12, 2, '工作人员逐项检查（旧版）'), (13, 1, '西桥区')");
        }
        assertArrayEquals(new int[] {2, 1, 0, 1}, ExactHolders.count(JdbcTarget.h2File(database), List.of("工作人员逐项", "逐项登记",
                "旧版", "西桥区")), "twice in one article counts once; a superseded page's article not at all");
    }

    @Test
    void percentilesAreNearestRank() {
        double[] millis = new double[100];
        for (int i = 0; i < 100; i++) {
            millis[i] = 100 - i; // 1..100 ms, unsorted
        }
        Latency latency = Latency.of(millis, 2);
        assertEquals(50, latency.p50());
        assertEquals(95, latency.p95());
        assertEquals(99, latency.p99());
        assertEquals(100, latency.queries());
        assertEquals(7, Latency.rank(new double[] {7}, 99));
        assertTrue(Double.isNaN(Latency.rank(new double[0], 50)));
    }

    @Test
    void importCostTakesTheIndexStepOutOfTheJob() {
        ImportCost cost = ImportCost.of(Json.createReader(new StringReader("""
                {"executionId":1,"startTime":"2026-12-02T01:00:00Z","endTime":"2026-12-02T01:00:10Z",
                 "steps":[{"name":"import-issue-files","startTime":"2026-12-02T01:00:01Z","endTime":"2026-12-02T01:00:07Z"},
                          {"name":"index-articles","startTime":"2026-12-02T01:00:07Z","endTime":"2026-12-02T01:00:09.500Z"}]}
                """)).readObject(), 1000);
        assertEquals(10.0, cost.jobSeconds());
        assertEquals(2.5, cost.indexSeconds());
        assertEquals(100.0, cost.withIndexing());
        assertEquals(1000 / 7.5, cost.withoutIndexing(), 1e-9);
        assertEquals(0.75, cost.ratio(), 1e-9);
        assertEquals(java.util.List.of("import-issue-files", "index-articles"), java.util.List.copyOf(cost.stepSeconds().keySet()));
        assertEquals(7.0, cost.stepSeconds().get("import-issue-files"), "from the job's start: the first step listed");
        assertEquals(1000 / 7.0, cost.importStep(), 1e-9, "the import step's own rate");

        ImportCost before = ImportCost.of(Json.createReader(new StringReader("""
                {"startTime":"2026-12-02T01:00:00Z","endTime":"2026-12-02T01:00:10Z",
                 "steps":[{"name":"import-issue-files","batchStatus":"COMPLETED"}]}""")).readObject(), 1000);
        assertNull(before.indexSeconds(), "a job without the step (or a server without step times)");
        assertNull(before.ratio());
        assertNull(before.importStep(), "no step times, no step rate");
    }

    @Test
    void theTableAndJsonCarryTheSearchColumns() {
        List<SearchPass.KnownItem> items = List.of(new SearchPass.KnownItem("城际铁路", 1),
                new SearchPass.KnownItem("工作人员逐项", 2), new SearchPass.KnownItem("西桥区今年计划", 3));
        Map<String, boolean[]> found = new java.util.LinkedHashMap<>();
        found.put("both", new boolean[] {true, false, true});
        found.put("words", new boolean[] {true, false, false});
        found.put("bigrams", new boolean[] {false, true, true});
        SearchPass.Result search = new SearchPass.Result(Map.of("both", new Recall(1000, 991, 0),
                "words", new Recall(1000, 950, 1), "bigrams", new Recall(1000, 985, 0)), Map.of(),
                new Recall(500, 500, 0), new Latency(1000, 4.2, 12.5, 30.1, 0), 1000, 42, items, found)
                .withHolders(new int[] {1, 300, 10}, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertEquals(new Recall(2, 2, 0), search.distinctive().get("both"), "the string 300 articles hold is left out");
        assertEquals(new Recall(2, 1, 0), search.distinctive().get("words"));
        assertEquals(new Recall(2, 1, 0), search.distinctive().get("bigrams"));
        ServerImportPass.Result server = new ServerImportPass.Result(3, "COMPLETED", "COMPLETED", new Rate(1000, 10),
                new Rate(50_000, 10), Map.of("TOTAL", 1000L), Map.of("page", 1000L), 300, 90, 20_000_000, null,
                new ImportCost(1000, 10, 2.5, Map.of()), 5_000_000L, search, 15.0, Map.of("Batch Thread -", 9.5), Map.of("import-issue-files", 1.8));
        SizeResult result = new SizeResult(1000, "postgresql", new Rate(1000, 1), new Rate(1000, 1), new Rate(1000, 1), 2,
                List.of(new RawInsertPass.Result(RawInsertPass.Method.JDBC_BATCH, new Rate(50_000, 1), new Rate(1000, 1),
                                Map.of("page", 1000L), 10_000_000),
                        new RawInsertPass.Result(RawInsertPass.Method.COPY_BINARY, new Rate(50_000, 0.5),
                                new Rate(1000, 0.5), Map.of("page", 1000L), 9_000_000)),
                new Rate(1000, 1), server, 1.5);
        String table = BenchReport.markdown(List.of(result));
        String row = table.lines().skip(2).findFirst().orElseThrow();
        assertEquals(table.lines().findFirst().orElseThrow().split("\\|").length, row.split("\\|").length, table);
        assertTrue(row.startsWith("| 1,000 | postgresql |"), row);
        assertTrue(row.contains("| JDBC batch 1,000 (50,000); COPY BINARY 2,000 (100,000) | 1,000 | 400 (667) | 100 | 0.25 (0.15) "
                        + "| – | 133 (0.75) |"),
                "the bound takes parse (1,000/s), the fastest insert (COPY, 2,000/s) and the raw index (1,000/s): " + row);
        assertTrue(row.contains("| 20.0 (20.00) | 5.0 (5.00) | 10.0 (10.00) |"), "DB, index and raw DB beside each other: " + row);
        assertTrue(row.endsWith("| 99.1 / 95.0 / 98.5 | 100.0 / 50.0 / 50.0 | 100.0 | 4.2 / 12.5 / 30.1 |"), row);

        String details = BenchReport.details(List.of(result));
        assertTrue(details.contains("1,000 files, postgresql: job 3 COMPLETED/COMPLETED in 10.0 s"), details);
        assertTrue(details.contains("both 991 of 1000 found (0 refused), 2 of the 2 in at most 10 articles"), details);
        assertTrue(details.contains("reporter 500 of 500; latency 1000 queries, 0 refused"), details);

        String json = BenchReport.json(List.of(result), Map.of());
        assertTrue(json.contains("\"searchIndexBytes\":5000000"), json);
        assertTrue(json.contains("{\"files\":1000,\"database\":\"postgresql\","), json);
        assertTrue(json.contains("\"jobOverBound\":0.25,\"jobOverBoundWithoutIndexing\":0.15"), json);
        assertTrue(json.contains("\"boundFilesPerSecond\":400.0,\"boundWithoutIndexingFilesPerSecond\":666.6"), json);
        assertTrue(json.contains("{\"count\":50000,\"seconds\":0.5,\"perSecond\":100000.0,\"method\":\"COPY_BINARY\","), json);
        assertTrue(json.contains("\"withOverWithout\":0.75"), json);
        assertTrue(json.contains("\"both\":{\"asked\":1000,\"found\":991,\"percent\":99.1,\"refused\":0,"
                + "\"inAtMost10Articles\":{\"asked\":2,\"found\":2,"), json);
        assertTrue(json.contains("\"p95\":12.5"), json);
    }
}
