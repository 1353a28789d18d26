package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One inbox holding every layout baoku takes ({@code src/test/inboxes/layouts}): a page-text front page,
 * article files of 临江晚报 with their {@code delivery.properties}, an NDNP METS/ALTO batch (its METS
 * listing a page whose ALTO is missing, an ALTO file no METS names), and bad XML (a bomb, an external
 * entity, an unclosed element, a file cut short). Imported by the real
 * job on the real server, then read back through the archive API and its search: every file one outcome,
 * pages assembled from article files, METS fields on the issue, ALTO text in reading order with its
 * regions, the missing article and page reported; then one article file delivered again with new text
 * becomes revision 2 of its article, and what was unchanged is not imported twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeliveryLayoutsIT {

    private static final Duration BOUND = Duration.ofMinutes(3);
    private static final String ARTICLE_PAPER = "临江晚报";
    private static final String NDNP_TITLE = "sn99000001"; // an NDNP issue names its paper by LCCN only

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    URL application;

    @ArquillianResource
    ManagementClient management;

    @Test
    void everyLayoutOfOneDeliveryIsImportedAndReadBack() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
        ArchiveClient archive = new ArchiveClient(application.toString());
        Path inbox = TestInboxes.treeCopyOf("layouts");
        GeneratedPages.frontPage(inbox, ARTICLE_PAPER, LocalDate.of(2024, 1, 19), 3001);
        // an inner page no front page and no parameter names: the archive, not the parser, refuses it
        GeneratedPages.innerPage(inbox.resolve("loose"), LocalDate.of(2023, 5, 5), "03", null);

        JsonObject first = archive.run("archive-import", importOf(inbox), BOUND);
        JsonObject report = archive.read("executions/" + first.getJsonNumber("executionId").longValue() + "/report");
        assertEquals(15, report.getJsonNumber("manifestFiles").longValue(), report.toString());
        Map<String, String> rejected = report.getJsonArray("rejected").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(r -> Path.of(r.getString("file")).getFileName().toString(),
                        r -> r.getString("reason")));
        assertEquals(List.of("0009.xml", "2023-05-05-03.txt", "cut-short.xml", "entity.xml", "lanterns.xml",
                        "unclosed.xml"), rejected.keySet().stream().sorted().toList(), report.toString());
        assertTrue(rejected.get("2023-05-05-03.txt").startsWith("UNKNOWN_ISSUE"), rejected.toString());
        assertTrue(rejected.get("0009.xml").startsWith("ALTO_WITHOUT_METS"), rejected.toString());
        assertTrue(rejected.get("lanterns.xml").startsWith("XML_DOCTYPE_REFUSED"), rejected.toString());
        assertTrue(rejected.get("entity.xml").startsWith("XML_DOCTYPE_REFUSED"), rejected.toString());
        assertTrue(rejected.get("unclosed.xml").startsWith("MALFORMED_XML"), rejected.toString());
        assertTrue(rejected.get("cut-short.xml").startsWith("MALFORMED_XML"), rejected.toString());
        long imported = report.getJsonObject("outcomes").getJsonNumber("IMPORTED").longValue()
                + report.getJsonObject("outcomes").getJsonNumber("IMPORTED_WITH_WARNINGS").longValue();
        assertEquals(9, imported, report.toString());
        assertStepBooksAgreeWithTheReport(first, report);

        JsonObject articleIssue = issueOf(archive, ARTICLE_PAPER, "2024-01-20");
        JsonObject frontPageIssue = issueOf(archive, ARTICLE_PAPER, "2024-01-19");
        assertEquals("PAGE_TEXT", archive.read("archive/pages/" + pageId(frontPageIssue, "01")).getString("layout"));
        readPagesAssembledFromArticleFiles(archive, articleIssue);
        readTheMetsAltoIssue(archive);

        JsonObject found = archive.search("q", "越冬候鸟");
        assertEquals(1, found.getJsonNumber("total").longValue(), found.toString());
        found = archive.search("q", "靠岸卸货");
        assertEquals(1, found.getJsonNumber("total").longValue(), found.toString());
        assertEquals(NDNP_TITLE, found.getJsonArray("hits").getJsonObject(0).getJsonObject("publication")
                .getString("title"), found.toString());

        deliverAnArticleAgain(archive, inbox, articleIssue);
    }

    private static void readPagesAssembledFromArticleFiles(ArchiveClient archive, JsonObject issue) throws Exception {
        assertEquals(List.of("01", "02"), labels(issue));
        JsonObject front = archive.read("archive/pages/" + pageId(issue, "01"));
        assertEquals("ARTICLE_TEXT", front.getString("layout"));
        JsonArray articles = front.getJsonArray("articles");
        assertEquals(2, articles.size(), front.toString());
        JsonObject renewal = articles.getJsonObject(0);
        assertEquals("聚焦城市更新", renewal.getString("kicker"));
        assertEquals("老城区改造项目全面启动", renewal.getString("headline"));
        assertEquals(List.of("林晓"), reporters(renewal), "one reporter, written with an ideographic space inside");
        assertEquals(1, renewal.getJsonObject("source").getInt("number"));
        assertTrue(renewal.getJsonObject("source").getString("path").endsWith("20240120-01-01.txt"));
        assertTrue(reporters(articles.getJsonObject(1)).contains("周海鸣"), articles.getJsonObject(1).toString());

        JsonObject second = archive.read("archive/pages/" + pageId(issue, "02"));
        assertEquals(List.of(1, 3), second.getJsonArray("articles").stream()
                .map(a -> a.asJsonObject().getJsonObject("source").getInt("number")).toList());
        assertEquals(List.of("李文静"), reporters(second.getJsonArray("articles").getJsonObject(0)),
                "the trailing （李文静） names the reporter");
        assertTrue(codes(issue).contains("MISSING_ARTICLES"), issue.toString());
        String missing = findings(issue, "MISSING_ARTICLES").get(0).getString("message");
        assertTrue(missing.contains("page 02") && missing.endsWith("article 2"), missing);
    }

    private static void readTheMetsAltoIssue(ArchiveClient archive) throws Exception {
        JsonObject issue = issueOf(archive, NDNP_TITLE, "1921-01-01");
        assertEquals(1, issue.getInt("issueNumber"));
        assertEquals("3", issue.getString("volume"));
        assertEquals(3, issue.getInt("pageCount"), "the METS lists three pages");
        assertTrue(issue.getString("catalogue").endsWith("1921010101.xml"), issue.toString());
        assertEquals(List.of("1", "2"), labels(issue));
        assertTrue(findings(issue, "MISSING_PAGES").stream().anyMatch(f -> f.getString("message").contains("0003.xml")),
                issue.toString());

        JsonObject page = archive.read("archive/pages/" + pageId(issue, "1"));
        assertEquals("ALTO", page.getString("layout"));
        String text = page.getJsonArray("articles").stream().map(a -> a.asJsonObject().getString("body", ""))
                .collect(Collectors.joining("\n"));
        assertTrue(text.contains("The keeper lit the new lamp on Gull Point at dusk on Friday, and the fishing fleet"),
                "lines of a block joined in reading order: " + text);
        assertTrue(text.indexOf("Gull Point at dusk") < text.indexOf("ferry company"), text);
        JsonObject withText = page.getJsonArray("articles").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("body", "").contains("Gull Point")).findFirst().orElseThrow();
        JsonArray regions = withText.getJsonArray("regions");
        assertFalse(regions.isEmpty(), withText.toString());
        JsonObject block = regions.getJsonObject(0).getJsonObject("block");
        assertEquals(200, block.getInt("x"));
        assertEquals(3, regions.getJsonObject(0).getJsonArray("lines").size(), "three lines in the block");
    }

    /**
     * The file of article 3 on page 02 comes again with other text: it becomes revision 2 of that article,
     * the page and the search show only the new text, the old one stays readable by id; every other file
     * of the delivery is found unchanged.
     */
    private static void deliverAnArticleAgain(ArchiveClient archive, Path inbox, JsonObject issue) throws Exception {
        long oldId = archive.read("archive/pages/" + pageId(issue, "02")).getJsonArray("articles").getJsonObject(1)
                .getJsonNumber("id").longValue();
        Path file = inbox.resolve("articles/2024/01/20/20240120-02-03.txt");
        Files.writeString(file, "市图书馆冬季开放时间再延长\n\n　　本报讯 市图书馆宣布周末也延长开放至晚上九点，并增设自习座位。\n",
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));

        JsonObject again = archive.run("archive-import", importOf(inbox), BOUND);
        JsonObject report = archive.read("executions/" + again.getJsonNumber("executionId").longValue() + "/report");
        JsonObject outcomes = report.getJsonObject("outcomes");
        // the changed article file, and batch.xml, which stores nothing but its record and is read every run
        assertEquals(2, outcomes.getJsonNumber("IMPORTED").longValue()
                + outcomes.getInt("IMPORTED_WITH_WARNINGS", 0), report.toString());
        assertEquals(7, outcomes.getJsonNumber("UNCHANGED").longValue(), "the METS, the ALTO pages, the other "
                + "article files and the front page are known: " + report);
        assertEquals(6, outcomes.getJsonNumber("REJECTED").longValue(), "rejected files are copied aside, not moved");
        assertStepBooksAgreeWithTheReport(again, report);

        JsonObject page = archive.read("archive/pages/" + pageId(issue, "02"));
        JsonObject renewed = page.getJsonArray("articles").getJsonObject(1);
        assertEquals("市图书馆冬季开放时间再延长", renewed.getString("headline"));
        assertEquals(2, renewed.getJsonObject("source").getInt("revision"));
        JsonObject old = archive.read("archive/articles/" + oldId);
        assertTrue(old.getJsonObject("source").getBoolean("superseded"), old.toString());
        assertEquals("图书馆延长冬季开放时间", old.getString("headline"));
        assertEquals(0, archive.search("q", "工作日闭馆").getJsonNumber("total").longValue(), "the old text is out of the index");
        assertEquals(1, archive.search("q", "增设自习座位").getJsonNumber("total").longValue());
        JsonObject index = archive.index();
        assertTrue(index.getBoolean("inSync"), index.toString());
    }

    /**
     * One set of books: the import step's metrics (what HAL and jboss-cli show, from JBeret's repository)
     * count every file read as written (imported), filtered (unchanged) or skipped (rejected) — the
     * archive's rejections as write skips, the parser's as process skips — as the report does.
     */
    private static void assertStepBooksAgreeWithTheReport(JsonObject execution, JsonObject report) {
        JsonObject metrics = execution.getJsonArray("steps").stream().map(JsonValue::asJsonObject)
                .filter(step -> step.getString("name", step.getString("stepName", "")).equals("import-issue-files"))
                .findFirst().orElseThrow(() -> new AssertionError("no import step: " + execution)).getJsonObject("metrics");
        JsonObject outcomes = report.getJsonObject("outcomes");
        long imported = outcomes.getJsonNumber("IMPORTED").longValue() + outcomes.getJsonNumber("IMPORTED_WITH_WARNINGS").longValue();
        assertEquals(report.getJsonNumber("manifestFiles").longValue(), metrics.getJsonNumber("readCount").longValue(),
                metrics.toString());
        assertEquals(imported, metrics.getJsonNumber("writeCount").longValue(), metrics.toString());
        assertEquals(outcomes.getJsonNumber("UNCHANGED").longValue(), metrics.getJsonNumber("filterCount").longValue(),
                metrics.toString());
        assertEquals(outcomes.getJsonNumber("REJECTED").longValue(), metrics.getJsonNumber("processSkipCount").longValue()
                + metrics.getJsonNumber("writeSkipCount").longValue(), metrics.toString());
        assertEquals(1, metrics.getJsonNumber("writeSkipCount").longValue(), "UNKNOWN_ISSUE is the archive's: " + metrics);
    }

    private static String importOf(Path inbox) {
        return "{\"inbox\": \"" + inbox + "\", \"settleSeconds\": \"0\"}";
    }

    private static JsonObject issueOf(ArchiveClient archive, String title, String date) throws Exception {
        JsonObject publication = archive.read("archive/publications?limit=100").getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("title").equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no publication " + title));
        JsonObject issue = archive.read("archive/publications/" + publication.getJsonNumber("id") + "/issues?from="
                        + date + "&to=" + date).getJsonArray("items").stream().map(JsonValue::asJsonObject).findFirst()
                .orElseThrow(() -> new AssertionError("no issue of " + title + " on " + date));
        return archive.read("archive/issues/" + issue.getJsonNumber("id"));
    }

    private static List<String> labels(JsonObject issue) {
        return issue.getJsonArray("pages").stream().map(p -> p.asJsonObject().getString("label")).toList();
    }

    private static long pageId(JsonObject issue, String label) {
        JsonObject page = issue.getJsonArray("pages").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("label").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no page " + label + ": " + issue));
        assertNotNull(page);
        return page.getJsonNumber("id").longValue();
    }

    private static List<String> reporters(JsonObject article) {
        return article.getJsonObject("byline").getJsonArray("contributors").stream()
                .map(c -> c.asJsonObject().getString("name")).toList();
    }

    private static List<String> codes(JsonObject issue) {
        return issue.getJsonArray("findings").stream().map(f -> f.asJsonObject().getString("code")).toList();
    }

    private static List<JsonObject> findings(JsonObject issue, String code) {
        return issue.getJsonArray("findings").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals(code)).toList();
    }
}
