package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.baoku.corpus.CorpusGenerator;
import org.baoku.corpus.CorpusSpec;

/**
 * Readers find what the archive holds, on the real server and database: the demo inbox and a generated
 * paper imported, then searched for segmented words, strings the segmenter splits otherwise, a name in
 * the text, a reporter, a phrase, traditional characters, exclusions, a date range, facets and order;
 * a continued story stitched from its parts; a new revision of a page replacing its text in the index;
 * the rebuild job and the retention purge leaving the same hits; bad queries answered 400; viewers may
 * read, anonymous requests may not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

    private static final Duration BOUND = Duration.ofMinutes(4);
    /** The demo paper under a title of this test's own, so that other tests' imports do not meet it. */
    private static final String PAPER = "青川晚报";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    URL application;

    @ArquillianResource
    ManagementClient management;

    @Test
    void readersFindWhatTheArchiveHolds() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
        ArchiveClient api = new ArchiveClient(application.toString());
        Path demo = TestInboxes.demoInboxAs(PAPER);
        indexedAsImported(api.run("archive-import", importOf(demo), BOUND));
        assertInSync(api);

        long harbour = onlyHit(find(api, "q", "青川港去年货物吞吐量"));
        wordsAndBigrams(api, harbour);
        namesPhrasesAndFilters(api, harbour);
        long continuation = onlyHit(find(api, "q", "\"集装箱班轮航线\""));
        stitchedStory(api, harbour, continuation);
        generatedPaperIsFoundByStringsOfItsArticles(api);
        badRequests(api);

        List<Set<Long>> before = hitsOfSomeQueries(api);
        api.run("reindex-archive", "{}", BOUND);
        assertInSync(api);
        assertEquals(before, hitsOfSomeQueries(api), "the rebuilt index gives the same hits");
        api.run("purge-history", "{\"days\": \"1\"}", BOUND);
        assertInSync(api);
        assertEquals(before, hitsOfSomeQueries(api), "the retention purge leaves the index alone");

        newRevisionReplacesTheOldText(api, demo, continuation);
    }

    private void wordsAndBigrams(ArchiveClient api, long harbour) throws Exception {
        // 吞吐量货物 is not in the text; its words 吞吐量 and 货物 are: found by words, not as a string
        assertTrue(ids(find(api, "q", "吞吐量货物", "analysis", "words")).contains(harbour));
        assertFalse(ids(find(api, "q", "吞吐量货物", "analysis", "bigrams")).contains(harbour));
        assertTrue(ids(find(api, "q", "吞吐量货物")).contains(harbour));
        // 港完成货 is cut across words (…青川港完成货物…): the string is found as such, and it ranks first
        // among the articles that only have its words (完成) somewhere
        assertTrue(ids(find(api, "q", "港完成货", "analysis", "bigrams")).contains(harbour));
        assertEquals(harbour, ArchiveClient.hitIds(find(api, "q", "港完成货")).get(0));
        // traditional characters find the simplified text
        assertTrue(ids(find(api, "q", "貨物吞吐量")).contains(harbour));
    }

    private void namesPhrasesAndFilters(ArchiveClient api, long harbour) throws Exception {
        JsonObject byName = find(api, "q", "孙浩");
        assertEquals(1, byName.getInt("total"), "a name inside the text, unknown to the segmenter: " + byName);
        String snippet = byName.getJsonArray("hits").getJsonObject(0).getJsonArray("snippets").getString(0);
        assertTrue(snippet.contains("<em>孙浩</em>"), snippet);

        JsonObject reporter = find(api, "reporter", "陈 思远");
        JsonObject contributor = api.read("archive/contributors?" + ArchiveClient.query("name", "陈思远"))
                .getJsonArray("items").getJsonObject(0);
        long inThisPaper = api.read("archive/contributors/" + contributor.getInt("id") + "/articles?limit=500")
                .getJsonArray("items").stream()
                .filter(a -> a.asJsonObject().getJsonObject("publication").getString("title").equals(PAPER)).count();
        assertEquals(inThisPaper, reporter.getInt("total"), "every article of the reporter");
        assertTrue(ids(reporter).contains(harbour));
        reporter.getJsonArray("hits").forEach(hit -> assertTrue(hit.asJsonObject().getJsonArray("reporters")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList().contains("陈思远"),
                hit.toString()));
        JsonObject reporters = find(api, "q", "青川", "limit", "1").getJsonObject("facets");
        assertTrue(reporters.getJsonArray("reporter").size() > 1, reporters.toString());

        assertEquals(0, find(api, "q", "\"航线班轮集装箱\"").getInt("total"), "a phrase is the exact string");
        Set<Long> withoutLiners = ids(find(api, "q", "青川港 -班轮"));
        assertEquals(Set.of(harbour), withoutLiners, "-班轮 excludes the A02 half, which names the liners");
        assertEquals(2, find(api, "q", "青川港").getInt("total"));

        JsonObject oneDay = find(api, "q", "青川", "from", "2024-03-12", "to", "2024-03-12", "limit", "100");
        assertTrue(oneDay.getInt("total") > 0);
        oneDay.getJsonArray("hits").forEach(h -> assertEquals("2024-03-12", h.asJsonObject().getString("date")));
        JsonObject all = find(api, "q", "青川", "limit", "100", "sort", "date");
        assertTrue(all.getInt("total") > oneDay.getInt("total"));
        JsonObject facets = all.getJsonObject("facets");
        assertEquals(all.getInt("total"), facets.getJsonArray("publication").getJsonObject(0).getInt("count"));
        assertEquals(all.getInt("total"), facets.getJsonArray("year").stream()
                .mapToInt(v -> v.asJsonObject().getInt("count")).sum());
        List<String> dates = all.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("date")).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "sort=date: oldest first");
        JsonObject frontPages = find(api, "q", "青川", "page", "A01", "limit", "100");
        frontPages.getJsonArray("hits").forEach(h -> assertEquals("A01", h.asJsonObject().getString("pageLabel")));
    }

    private void stitchedStory(ArchiveClient api, long front, long continuation) throws Exception {
        for (long start : List.of(front, continuation)) {
            JsonObject story = api.read("archive/articles/" + start).getJsonObject("story");
            assertTrue(story.getBoolean("complete"), story.toString());
            List<JsonObject> parts = story.getJsonArray("parts").getValuesAs(JsonObject.class);
            assertEquals(List.of(front, continuation), parts.stream()
                    .map(p -> p.getJsonNumber("articleId").longValue()).toList(), "reading order from " + start);
            assertEquals(List.of("A01", "A02"), parts.stream().map(p -> p.getString("pageLabel")).toList());
            for (JsonObject part : parts) {
                JsonObject article = api.read("archive/articles/" + part.getJsonNumber("articleId").longValue());
                assertEquals(article.getString("body"), part.getString("body"), "a part is its article's text");
                assertEquals(article.getJsonObject("page").getInt("id"), part.getInt("pageId"));
            }
        }
    }

    /** A paper of the corpus generator: strings cut from its articles' bodies find those articles. */
    private void generatedPaperIsFoundByStringsOfItsArticles(ArchiveClient api) throws Exception {
        Path inbox = TestInboxes.PROJECT.resolve("target/it-inboxes/search-generated-" + UUID.randomUUID());
        CorpusGenerator generator = new CorpusGenerator(CorpusSpec.of(6, 4, 1, 11L, 0));
        String title = generator.paper().title();
        generator.writeTo(inbox);
        try (Stream<Path> gold = Files.walk(inbox)) {
            for (Path file : gold.filter(f -> f.toString().endsWith(".gold.json")).toList()) {
                Files.delete(file);
            }
        }
        api.run("archive-import", importOf(inbox), BOUND);
        assertInSync(api);

        JsonObject publication = api.read("archive/publications?limit=500").getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("title").equals(title)).findFirst()
                .orElseThrow();
        JsonObject issue = api.read("archive/publications/" + publication.getInt("id") + "/issues?limit=1")
                .getJsonArray("items").getJsonObject(0);
        JsonObject issueView = api.read("archive/issues/" + issue.getInt("id"));
        Random random = new Random(7);
        int tried = 0;
        for (JsonObject page : issueView.getJsonArray("pages").getValuesAs(JsonObject.class)) {
            for (JsonObject article : api.read("archive/pages/" + page.getInt("id")).getJsonArray("articles")
                    .getValuesAs(JsonObject.class)) {
                String cut = cut(article.getString("body"), random);
                if (cut == null) {
                    continue;
                }
                tried++;
                Set<Long> hits = api.allHits("q", cut, "publication", String.valueOf(publication.getInt("id")));
                assertTrue(hits.contains(article.getJsonNumber("id").longValue()),
                        "「" + cut + "」 finds article " + article.getInt("id"));
            }
        }
        assertTrue(tried >= 8, "strings tried: " + tried);
    }

    private void badRequests(ArchiveClient api) throws Exception {
        for (String query : List.of("q=%22%E7%BB%8F%E6%B5%8E", "q=", "q=a&from=2024-13-01", "q=a&limit=0",
                "q=a&sort=newest", "q=a&offset=-1", "q=-a", "q=%EF%BC%8C", "q=a&from=2024-03-02&to=2024-03-01")) {
            HttpResponse<String> response = api.get(TestUsers.VIEWER, "archive/search?" + query);
            assertEquals(400, response.statusCode(), query + ": " + response.body());
            assertFalse(ArchiveClient.json(response.body()).getString("message").isBlank());
        }
        assertEquals(400, api.get(TestUsers.VIEWER, "archive/publications?limit=x").statusCode());
        assertEquals(404, api.get(TestUsers.VIEWER, "archive/articles/999999999").statusCode());
        assertEquals(401, api.get(null, "archive/search?q=%E9%9D%92%E5%B7%9D").statusCode());
        assertEquals(401, api.get(null, "archive/publications").statusCode());
        assertEquals(200, api.get(TestUsers.OPERATOR, "archive/search?q=%E9%9D%92%E5%B7%9D").statusCode());
    }

    /** The page holding the continuation delivered again with a changed sentence: a new revision. */
    private void newRevisionReplacesTheOldText(ArchiveClient api, Path demo, long oldArticle) throws Exception {
        Path file = demo.resolve("2024-03-12/qc-20240312-A02.txt");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("集装箱班轮航线"));
        Files.writeString(file, text.replace("集装箱班轮航线", "滚装货运航线"), StandardCharsets.UTF_8);
        indexedAsImported(api.run("archive-import", importOf(demo), BOUND));
        assertInSync(api);

        assertEquals(0, find(api, "q", "\"集装箱班轮航线\"").getInt("total"), "the old revision's text is gone");
        long revised = onlyHit(find(api, "q", "\"滚装货运航线\""));
        assertFalse(revised == oldArticle);
        JsonObject old = api.read("archive/articles/" + oldArticle);
        assertTrue(old.getJsonObject("page").getBoolean("superseded"), "the old revision stays readable");
        JsonObject page = api.read("archive/pages/" + old.getJsonObject("page").getInt("id"));
        assertEquals(2, page.getJsonArray("revisions").size());
        assertNull(find(api, "q", "港口年通过能力", "limit", "100").getJsonArray("hits").stream()
                .filter(h -> h.asJsonObject().getJsonNumber("articleId").longValue() == oldArticle)
                .findFirst().orElse(null), "no hit of a superseded revision");
    }

    /** The hits of a few searches, as sets: equal scores (same day) may come in another order after a rebuild. */
    private List<Set<Long>> hitsOfSomeQueries(ArchiveClient api) throws Exception {
        List<Set<Long>> hits = new ArrayList<>();
        for (String q : List.of("青川", "吞吐量", "\"集装箱班轮航线\"", "港口 物流", "发布会")) {
            hits.add(Set.copyOf(ArchiveClient.hitIds(find(api, "q", q, "limit", "100", "sort", "date"))));
        }
        return hits;
    }


    /** A search within this test's paper. */
    private static JsonObject find(ArchiveClient api, String... parameters) throws Exception {
        List<String> filtered = new ArrayList<>(List.of(parameters));
        filtered.addAll(List.of("publication", PAPER));
        return api.search(filtered.toArray(String[]::new));
    }

    /** The import step indexed the run's articles as it imported them: {@code index-articles} read no page back. */
    private static void indexedAsImported(JsonObject execution) {
        JsonObject step = execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> "index-articles".equals(s.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no index step: " + execution));
        assertEquals("COMPLETED", step.getString("batchStatus"), step.toString());
        assertEquals(0, step.getJsonObject("metrics").getJsonNumber("readCount").longValue(), step.toString());
    }

    private static void assertInSync(ArchiveClient api) throws Exception {
        JsonObject index = api.index();
        assertTrue(index.getBoolean("inSync"), index.toString());
        assertTrue(index.getInt("documents") > 0, index.toString());
    }

    private static long onlyHit(JsonObject result) {
        assertEquals(1, result.getInt("total"), result.toString());
        return result.getJsonArray("hits").getJsonObject(0).getJsonNumber("articleId").longValue();
    }

    private static Set<Long> ids(JsonObject result) {
        return Set.copyOf(ArchiveClient.hitIds(result));
    }

    /** 4–12 characters from the body, neither end a space or punctuation; null when the body is too short. */
    private static String cut(String body, Random random) {
        String flat = body.replace('\n', ' ');
        for (int attempt = 0; attempt < 50; attempt++) {
            int length = 4 + random.nextInt(9);
            if (flat.length() <= length) {
                return null;
            }
            int start = random.nextInt(flat.length() - length);
            String cut = flat.substring(start, start + length);
            if (Character.isLetterOrDigit(cut.charAt(0)) && Character.isLetterOrDigit(cut.charAt(cut.length() - 1))
                    && cut.chars().noneMatch(c -> c == ' ' || c == '"')) {
                return cut;
            }
        }
        return null;
    }

    private static String importOf(Path inbox) {
        return "{\"inbox\": \"" + inbox + "\", \"settleSeconds\": \"0\"}";
    }

}
