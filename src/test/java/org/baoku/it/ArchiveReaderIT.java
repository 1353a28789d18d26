package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What a reader sees in the dashboard's Archive view, in a real headless Chromium signed in as a viewer,
 * over the demo inbox (three issues of 青川日报, here called 青川早报, the third missing page A04, a story continued from A01
 * to A02) and a paper with a day missing: publications → calendar → issue (masthead, pages, 导读) →
 * page (articles in order, findings marked on the article they name, source, revisions) → the stitched
 * article; an article opened by its address; a search with highlighted matches, facet counts, a facet
 * filter, a date range and sorting; and back to the operations view by #execution-N. What the page shows
 * is compared with what the archive API answers, and with what the demo files print.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveReaderIT {

    private static final Duration BOUND = Duration.ofMinutes(3);
    /** The demo paper under a title of this test's own (see TestInboxes.demoInboxAs). */
    private static final String DEMO_PAPER = "青川早报";
    private static final String GAPPY_PAPER = "阅报日报"; // issues on 2012-05-01 and 05-03, none on 05-02
    private static final String SPRING_STORY = "全市春耕备耕工作全面展开"; // 2024-03-11 A01, 下转A02版
    private static final String WORD = "春耕";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    URL application;

    @ArquillianResource
    ManagementClient management;

    private final HttpClient http = HttpClient.newHttpClient();
    private HeadlessChromium chromium;
    private WebDriver browser;
    private long importExecution;

    @Test
    void readerBrowsesFollowsAStoryAndSearches() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
        importDeliveries();
        chromium = HeadlessChromium.start(BOUND);
        browser = chromium.driver();
        try {
            long story = browseDownToAStitchedArticle();
            openAnArticleByItsAddress(story);
            seeMissingIssuesAndMissingPages();
            searchAndNarrow(story);
            backToOperations();
        } catch (Throwable failure) {
            chromium.keepFailure("archive-failure");
            throw failure;
        }
    }

    /** Tabs, publications, calendar, issue, page, article: each by a click, as a reader goes. */
    private long browseDownToAStitchedArticle() throws Exception {
        browser.get(HeadlessChromium.signedIn(application, TestUsers.VIEWER));
        browser.findElement(By.id("tab-archive")).click();
        view("publications", null);
        assertTrue(browser.findElement(By.id("archive-view")).isDisplayed());
        assertFalse(browser.findElement(By.id("operations-view")).isDisplayed(), "the operations view is hidden");
        assertEquals("page", browser.findElement(By.id("tab-archive")).getAttribute("aria-current"));
        assertCjkFontInstalled();

        browser.findElement(By.id("publications")).findElement(By.linkText(DEMO_PAPER)).click();
        view("calendar", null);
        WebElement calendar = browser.findElement(By.id("calendar"));
        assertEquals("2024-03", calendar.getAttribute("data-month"));
        for (String day : List.of("2024-03-11", "2024-03-12", "2024-03-13")) {
            assertEquals(1, day(day).findElements(By.cssSelector(".cal-issue a")).size(), day + " links to its issue");
        }
        assertTrue(day("2024-03-11").getText().contains("总第8001期"), day("2024-03-11").getText());
        assertTrue(day("2024-03-11").findElements(By.className("pages-missing")).isEmpty());
        assertEquals("pages missing", day("2024-03-13").findElement(By.className("pages-missing")).getText(),
                "2024-03-13 prints 今日4版 and its A04 was rejected");
        assertTrue(browser.findElements(By.cssSelector("#calendar td.no-issue")).isEmpty(), "no day missing in 11–13");
        assertTrue(day("2024-03-10").getText().equals("10") && day("2024-03-14").getText().equals("14"),
                "days outside the run of issues are not marked");
        chromium.screenshot("archive-calendar");

        day("2024-03-11").findElement(By.cssSelector(".cal-issue a")).click();
        view("issue", null);
        assertEquals("总第8001期", fact("issueNumber"));
        assertEquals("星期一", fact("weekday"));
        assertEquals("今日4版", fact("pageCount"));
        assertEquals("周明远", fact("president"));
        assertTrue(fact("lunarDate").contains("甲辰年二月初二"), fact("lunarDate"));
        List<WebElement> pages = browser.findElements(By.cssSelector("#issue-pages tbody tr"));
        assertEquals(List.of("A01", "A02", "A03", "A04"), pages.stream().map(r -> r.getAttribute("data-label")).toList());
        assertTrue(browser.findElements(By.id("missing-pages")).isEmpty(), "the 11th has all its pages");
        // the 导读 on A01 points to A03 and A04: each entry links to that page of this issue
        for (String target : List.of("A03", "A04")) {
            WebElement entry = browser.findElement(By.cssSelector("#guide li[data-target='" + target + "']"));
            String pageId = browser.findElement(By.cssSelector("#issue-pages tr[data-label='" + target + "']"))
                    .getAttribute("data-page-id");
            assertTrue(entry.findElement(By.cssSelector("a.guide-target")).getAttribute("href").endsWith("#page-" + pageId),
                    entry.getText());
        }
        assertEquals("zh", browser.findElement(By.cssSelector("#guide .guide-title")).getAttribute("lang"));
        chromium.screenshot("archive-issue");

        browser.findElement(By.cssSelector("#issue-pages tr[data-label='A01'] a")).click();
        long pageId = Long.parseLong(view("page", null));
        JsonObject page = get("/archive/pages/" + pageId);
        checkThePage(page);
        ((JavascriptExecutor) browser).executeScript("document.querySelector('article.flagged').scrollIntoView()");
        chromium.screenshot("archive-page");

        long story = page.getJsonArray("articles").getValuesAs(JsonObject.class).stream()
                .filter(a -> SPRING_STORY.equals(text(a, "headline"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
        browser.findElement(By.cssSelector("article[data-article-id='" + story + "'] h3 a")).click();
        view("article", story);
        assertEquals(SPRING_STORY, browser.findElement(By.cssSelector("#archive-content h2")).getText());
        checkTheStory(story);
        chromium.screenshot("archive-article");
        return story;
    }

    /** Articles in printed order as the API lists them; each finding naming an article marks it, beside it. */
    private void checkThePage(JsonObject page) {
        List<JsonObject> articles = page.getJsonArray("articles").getValuesAs(JsonObject.class).stream()
                .sorted(java.util.Comparator.comparingInt(a -> a.getInt("order"))).toList();
        List<WebElement> shown = browser.findElements(By.cssSelector("#articles article"));
        assertEquals(articles.stream().map(a -> a.getJsonNumber("id").toString()).toList(),
                shown.stream().map(a -> a.getAttribute("data-article-id")).toList(), "articles in printed order");
        WebElement first = shown.get(0);
        assertEquals("青川站改造工程进入收尾阶段", first.findElement(By.className("kicker")).getText());
        assertEquals("青川至云岭城际铁路4月1日起开通运营", first.findElement(By.className("headline")).getText());
        assertEquals("——全程运行时间缩短至38分钟", first.findElement(By.className("subtitle")).getText());
        String byline = first.findElement(By.className("byline")).getText();
        assertTrue(byline.contains("林晓雯") && byline.contains("陈思远"), byline);
        assertTrue(first.findElement(By.className("body")).getText().startsWith("3月10日，记者从市交通运输局获悉"),
                first.findElement(By.className("body")).getText());

        List<JsonObject> marked = page.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.get("articleId") != null && f.get("articleId").getValueType() == JsonValue.ValueType.NUMBER)
                .toList();
        assertFalse(marked.isEmpty(), "2024-03-11 A01 has a finding on an article (MISSING_HEADLINE): " + page.get("findings"));
        for (JsonObject f : marked) {
            WebElement article = browser.findElement(By.cssSelector("article[data-article-id='" + f.getJsonNumber("articleId") + "']"));
            assertTrue(article.getAttribute("class").contains("flagged"), "article named by " + f);
            WebElement note = article.findElement(By.cssSelector(".article-findings li[data-finding-id='" + f.getJsonNumber("id") + "']"));
            assertEquals(f.getString("code"), note.findElement(By.className("code")).getText());
            assertEquals(f.getString("message"), note.findElement(By.className("finding-message")).getText());
        }
        long flagged = shown.stream().filter(a -> a.getAttribute("class").contains("flagged")).count();
        assertEquals(marked.stream().map(f -> f.getJsonNumber("articleId")).distinct().count(), flagged,
                "only articles a finding names are marked");

        assertTrue(browser.findElement(By.cssSelector("#source dd[data-fact='path']")).getText().endsWith("qc-20240311-A01.txt"));
        assertEquals(page.getJsonObject("source").getString("sha256"),
                browser.findElement(By.cssSelector("#source dd[data-fact='sha256']")).getText());
        List<WebElement> revisions = browser.findElements(By.cssSelector("#revisions li"));
        assertEquals(page.getJsonArray("revisions").size(), revisions.size());
        assertTrue(browser.findElement(By.cssSelector("#revisions li.this")).getText().startsWith("revision 1 (shown)"));
    }

    /** The story of 2024-03-11 A01 (下转A02版①) and A02 (上接A01版①): both parts, in order, each naming its page. */
    private void checkTheStory(long opened) {
        WebElement story = browser.findElement(By.id("story"));
        assertEquals("true", story.getAttribute("data-complete"));
        List<WebElement> parts = story.findElements(By.cssSelector("li.part"));
        assertEquals(List.of("A01", "A02"), parts.stream().map(p -> p.getAttribute("data-page-label")).toList());
        assertEquals(List.of("page A01", "page A02"),
                parts.stream().map(p -> p.findElement(By.cssSelector("a.part-page")).getText()).toList());
        assertTrue(parts.get(0).findElement(By.className("body")).getText().startsWith("惊蛰过后，气温回升"),
                parts.get(0).getText());
        assertTrue(parts.get(1).findElement(By.className("body")).getText().startsWith("针对今年春季可能出现的低温阴雨天气"),
                parts.get(1).getText());
        assertEquals("zh", parts.get(1).findElement(By.className("body")).getAttribute("lang"));
        WebElement mine = parts.stream().filter(p -> String.valueOf(opened).equals(p.getAttribute("data-article-id")))
                .findFirst().orElseThrow();
        assertTrue(mine.getAttribute("class").contains("this"), "the opened part is marked");
        assertTrue(story.findElements(By.cssSelector("li.part.missing")).isEmpty());
    }

    /** #article-N opened directly (a bookmark): the continued half shows the whole story too. */
    private void openAnArticleByItsAddress(long frontHalf) throws Exception {
        JsonObject article = get("/archive/articles/" + frontHalf);
        JsonObject secondPart = article.getJsonObject("story").getJsonArray("parts").getJsonObject(1);
        long innerHalf = secondPart.getJsonNumber("articleId").longValue();
        assertNotEquals(frontHalf, innerHalf);

        browser.get("about:blank");
        browser.get(HeadlessChromium.signedIn(application, TestUsers.VIEWER) + "#article-" + innerHalf);
        view("article", innerHalf);
        assertEquals(SPRING_STORY, browser.findElement(By.cssSelector("#archive-content h2")).getText(),
                "a later part shows the story's headline");
        checkTheStory(innerHalf);
        assertTrue(browser.getTitle().startsWith(SPRING_STORY), browser.getTitle());

        // each part names its page with a link
        browser.findElement(By.cssSelector("#story li.part[data-page-label='A02'] a.part-page")).click();
        assertEquals(secondPart.getJsonNumber("pageId").toString(), view("page", null));
        assertTrue(browser.findElement(By.cssSelector("article[data-article-id='" + innerHalf + "'] .continuation.from"))
                .getText().startsWith("Continued from page A01"));
    }

    /** A day without an issue inside a paper's run, and an issue whose masthead promises a page not there. */
    private void seeMissingIssuesAndMissingPages() throws Exception {
        browser.findElement(By.cssSelector("#archive-trail a[href='#archive']")).click();
        view("publications", null);
        browser.findElement(By.id("publications")).findElement(By.linkText(GAPPY_PAPER)).click();
        view("calendar", null);
        assertEquals("2012-05", browser.findElement(By.id("calendar")).getAttribute("data-month"));
        assertFalse(day("2012-05-01").findElements(By.cssSelector(".cal-issue a")).isEmpty());
        assertFalse(day("2012-05-03").findElements(By.cssSelector(".cal-issue a")).isEmpty());
        assertTrue(day("2012-05-02").getAttribute("class").contains("no-issue"), day("2012-05-02").getAttribute("class"));
        assertEquals("no issue", day("2012-05-02").findElement(By.className("no-issue-text")).getText());
        assertFalse(day("2012-05-04").getAttribute("class").contains("no-issue"), "after the last issue nothing is missing");
        assertEquals(1, browser.findElements(By.cssSelector("#calendar td.no-issue")).size());
        assertTrue(browser.findElement(By.id("month-summary")).getText().contains("1 day without an issue"));
        chromium.screenshot("archive-calendar-gap");

        browser.findElement(By.cssSelector("#archive-trail a[href='#archive']")).click();
        view("publications", null);
        browser.findElement(By.id("publications")).findElement(By.linkText(DEMO_PAPER)).click();
        view("calendar", null);
        day("2024-03-13").findElement(By.cssSelector(".cal-issue a")).click();
        view("issue", null);
        assertEquals("A04", browser.findElement(By.cssSelector("#missing-pages li")).getText());
        assertEquals(3, browser.findElements(By.cssSelector("#issue-pages tbody tr")).size());
        assertFalse(browser.findElements(By.cssSelector("#issue-findings li[data-code='MISSING_PAGES']")).isEmpty(),
                "the archive-level finding is listed");
        chromium.screenshot("archive-issue-missing-page");
    }

    /** A word of the spring story: hits with their matches marked, facets as the API counts them, a facet filter. */
    private void searchAndNarrow(long story) throws Exception {
        WebElement box = browser.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys(WORD, Keys.ENTER);
        JsonObject answer = get("/archive/search?q=" + encode(WORD) + "&limit=20");
        int total = answer.getInt("total");
        assertTrue(total > 0, answer.toString());
        awaitSearch(total);
        assertTrue(browser.getCurrentUrl().contains("#search?q="), browser.getCurrentUrl());

        WebElement hit = browser.findElement(By.cssSelector("#hits li.hit[data-article-id='" + story + "']"));
        assertEquals(SPRING_STORY, hit.findElement(By.className("hit-headline")).getText());
        List<String> marks = hit.findElements(By.cssSelector(".snippet mark")).stream().map(WebElement::getText).toList();
        assertFalse(marks.isEmpty(), hit.getText());
        assertTrue(marks.stream().allMatch(m -> !m.isEmpty() && WORD.contains(m) || m.contains(WORD)), marks.toString());
        assertFalse(hit.getText().contains("<em>") || hit.getText().contains("&lt;"), "markup is not shown as text");

        JsonObject publicationFacet = facetValue(answer, "publication", DEMO_PAPER);
        assertEquals(String.valueOf(publicationFacet.getInt("count")),
                facet("publication", DEMO_PAPER).getAttribute("data-count"));
        assertEquals(String.valueOf(publicationFacet.getInt("count")),
                facet("publication", DEMO_PAPER).findElement(By.className("count")).getText());

        // the story's second half is on A02: narrowing to that page keeps only A02's hits
        int onA02 = facetValue(answer, "page", "A02").getInt("count");
        facet("page", "A02").findElement(By.tagName("a")).click();
        chromium.await("the page filter A02", d -> !d.findElements(By.cssSelector("#active-filters li[data-filter='page']")).isEmpty()
                && isReady());
        assertEquals(String.valueOf(onA02), browser.findElement(By.id("search-summary")).getAttribute("data-total"));
        assertEquals(onA02, get("/archive/search?q=" + encode(WORD) + "&page=A02").getInt("total"));
        List<WebElement> hits = browser.findElements(By.cssSelector("#hits li.hit"));
        assertEquals(Math.min(onA02, 20), hits.size());
        for (WebElement h : hits) {
            assertEquals("page A02", h.findElement(By.cssSelector(".hit-meta a[href^='#page-']")).getText());
        }
        assertTrue(facet("page", "A02").getAttribute("class").contains("active"));
        chromium.screenshot("archive-search");

        // removing the filter brings every hit back
        browser.findElement(By.cssSelector("#active-filters li[data-filter='page'] a")).click();
        chromium.await("the filter removed", d -> d.findElements(By.id("active-filters")).isEmpty() && isReady());
        awaitSearch(total);

        // a date range from the address, shown in the form; sorted oldest first by the sort control
        browser.get(HeadlessChromium.signedIn(application, TestUsers.VIEWER) + "#search?q=" + encode(WORD)
                + "&from=2024-03-11&to=2024-03-12");
        int inRange = get("/archive/search?q=" + encode(WORD) + "&from=2024-03-11&to=2024-03-12").getInt("total");
        awaitSearch(inRange);
        assertEquals("2024-03-11", browser.findElement(By.id("search-from")).getAttribute("value"));
        assertEquals("2024-03-12", browser.findElement(By.id("search-to")).getAttribute("value"));
        new Select(browser.findElement(By.id("search-sort"))).selectByValue("date");
        chromium.await("sorted oldest first", d -> d.getCurrentUrl().contains("sort=date") && isReady());
        List<String> dates = browser.findElements(By.cssSelector("#hits .hit-meta a[href^='#issue-']")).stream()
                .map(a -> a.getText().substring(a.getText().length() - 10)).toList();
        assertFalse(dates.isEmpty());
        assertEquals(dates.stream().sorted().toList(), dates, "oldest first");
        assertTrue(dates.stream().allMatch(d -> d.compareTo("2024-03-11") >= 0 && d.compareTo("2024-03-12") <= 0), dates.toString());
    }

    /** #execution-N still opens the operations view on that execution. */
    private void backToOperations() {
        browser.get(HeadlessChromium.signedIn(application, TestUsers.VIEWER) + "#execution-" + importExecution);
        chromium.await("execution " + importExecution + " in the operations view", d ->
                String.valueOf(importExecution).equals(d.findElement(By.id("detail")).getAttribute("data-execution-id")));
        assertTrue(browser.findElement(By.id("operations-view")).isDisplayed());
        assertFalse(browser.findElement(By.id("archive-view")).isDisplayed());
        browser.findElement(By.id("tab-archive")).click();
        view("publications", null);
        browser.findElement(By.id("tab-operations")).click();
        chromium.await("operations view again", d -> d.findElement(By.id("operations-view")).isDisplayed());
    }

    // ------------------------------------------------------------------------------------- browser

    /** Waits until the archive shows the view (and id, when given) fully loaded; answers its id. */
    private String view(String name, Long id) {
        return chromium.await(name + (id == null ? "" : " " + id) + " shown", d -> {
            WebElement content = d.findElement(By.id("archive-content"));
            boolean shown = name.equals(content.getAttribute("data-view")) && "ready".equals(content.getAttribute("data-state"))
                    && (id == null || String.valueOf(id).equals(content.getAttribute("data-id")));
            return shown ? content.getAttribute("data-id") : null;
        });
    }

    private boolean isReady() {
        return "ready".equals(browser.findElement(By.id("archive-content")).getAttribute("data-state"));
    }

    private void awaitSearch(int total) {
        chromium.await("search showing " + total + " articles", d -> isReady()
                && "search".equals(d.findElement(By.id("archive-content")).getAttribute("data-view"))
                && String.valueOf(total).equals(d.findElement(By.id("search-summary")).getAttribute("data-total")));
    }

    private WebElement day(String date) {
        return browser.findElement(By.cssSelector("#calendar td[data-date='" + date + "']"));
    }

    private String fact(String key) {
        return browser.findElement(By.cssSelector("#archive-content dd[data-fact='" + key + "']")).getText();
    }

    private WebElement facet(String facet, String value) {
        return browser.findElement(By.cssSelector("#facets li[data-facet='" + facet + "'][data-value='" + value + "']"));
    }

    /**
     * Noto CJK (Debian's fonts-noto-cjk) is what the stylesheet asks for first: without it Chinese falls
     * back to whatever the system has, often boxes. The font is there when text set in it measures
     * differently from text in a font that does not exist.
     */
    private void assertCjkFontInstalled() {
        Object differs = ((JavascriptExecutor) browser).executeScript(
                "const c = document.createElement('canvas').getContext('2d');"
                        + "const width = (font) => { c.font = font; return c.measureText('baoku 报库 archive').width; };"
                        + "return width('20px \"Noto Sans CJK SC\"') !== width('20px \"no-such-font-baoku\"');");
        if (!Boolean.TRUE.equals(differs)) {
            fail("the font Noto Sans CJK SC is not installed: apt-get install fonts-noto-cjk (bin/verify-all does)");
        }
    }

    // ---------------------------------------------------------------------------------- inbox, API

    /** The demo inbox and two front pages of a paper with a day between them missing, in one run. */
    private void importDeliveries() throws Exception {
        Path inbox = TestInboxes.demoInboxAs(DEMO_PAPER);
        GeneratedPages.frontPage(inbox, GAPPY_PAPER, LocalDate.of(2012, 5, 1), 1);
        GeneratedPages.frontPage(inbox, GAPPY_PAPER, LocalDate.of(2012, 5, 3), 3);
        importExecution = send("POST", "/jobs/archive-import", "{\"inbox\": \"" + inbox + "\", \"settleSeconds\": \"0\"}", 202)
                .getJsonNumber("executionId").longValue();
        long deadline = System.nanoTime() + BOUND.toNanos();
        JsonObject execution;
        do {
            if (System.nanoTime() > deadline) {
                fail("execution " + importExecution + " did not end within " + BOUND);
            }
            Thread.sleep(200); // polling the API with a bound, as JobPolling does
            execution = get("/executions/" + importExecution);
        } while (!execution.containsKey("endTime") || execution.isNull("endTime"));
        assertEquals("COMPLETED", execution.getString("batchStatus"), execution.toString());
    }

    private JsonObject get(String path) throws Exception {
        HttpResponse<String> response = http.send(TestUsers.as(TestUsers.VIEWER, HttpRequest.newBuilder(api(path)))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private JsonObject send(String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(api(path)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject facetValue(JsonObject search, String facet, String value) {
        return search.getJsonObject("facets").getJsonArray(facet).getValuesAs(JsonObject.class).stream()
                .filter(v -> value.equals(v.getString("value"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + facet + " facet " + value + " in " + search.get("facets")));
    }

    private static String text(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key) ? object.getString(key) : null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private URI api(String path) {
        String base = application.toString();
        return URI.create(base + (base.endsWith("/") ? "" : "/") + "api" + path);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }
}
