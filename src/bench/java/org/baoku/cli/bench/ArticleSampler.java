package org.baoku.cli.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Random current articles of the archive, read through the archive API while the server runs (it holds
 * the H2 file, so the bench cannot open it then): every issue of every publication is listed once, then
 * random issues, a random current page of each, and a random article of that page. Articles are drawn
 * per page, not per article, which weighs articles on sparse pages a little more: the searches only need
 * articles the archive holds, at random.
 */
final class ArticleSampler {

    private static final int PAGE_SIZE = 500;

    private final BenchApi api;
    private final Random random;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<Long, JsonObject> issueDetails = new HashMap<>();
    private int pagesRead;

    /** An issue to draw from: its id and date. */
    private record Issue(long id, LocalDate date) {
    }

    ArticleSampler(BenchApi api, long seed) {
        this.api = api;
        this.random = new Random(seed);
    }

    /** Up to {@code wanted} distinct articles with text; fewer only when the archive holds fewer. */
    List<ArticleSample> withText(int wanted) throws IOException, InterruptedException {
        return draw(wanted, false);
    }

    /** Up to {@code wanted} distinct articles that name a reporter. */
    List<ArticleSample> withReporter(int wanted) throws IOException, InterruptedException {
        return draw(wanted, true);
    }

    int pagesRead() {
        return pagesRead;
    }

    private List<ArticleSample> draw(int wanted, boolean withReporter) throws IOException, InterruptedException {
        listIssues();
        Map<Long, ArticleSample> drawn = new LinkedHashMap<>();
        // a bound on the pages read, for archives with fewer fitting articles than wanted
        int attempts = wanted * 20;
        while (drawn.size() < wanted && attempts-- > 0 && !issues.isEmpty()) {
            Issue issue = issues.get(random.nextInt(issues.size()));
            List<JsonValue> pages = issue(issue.id()).getJsonArray("pages");
            if (pages.isEmpty()) {
                continue;
            }
            long pageId = pages.get(random.nextInt(pages.size())).asJsonObject().getJsonNumber("id").longValue();
            JsonObject page = api.json("archive/pages/" + pageId);
            pagesRead++;
            List<ArticleSample> fitting = new ArrayList<>();
            for (JsonValue value : page.getJsonArray("articles")) {
                ArticleSample article = sample(value.asJsonObject(), issue.date());
                if (article != null && (!withReporter || !article.reporters().isEmpty())
                        && !drawn.containsKey(article.id())) {
                    fitting.add(article);
                }
            }
            if (!fitting.isEmpty()) {
                ArticleSample article = fitting.get(random.nextInt(fitting.size()));
                drawn.put(article.id(), article);
            }
        }
        return new ArrayList<>(drawn.values());
    }

    private void listIssues() throws IOException, InterruptedException {
        if (!issues.isEmpty()) {
            return;
        }
        for (JsonValue publication : api.json("archive/publications?limit=" + PAGE_SIZE).getJsonArray("items")) {
            long id = publication.asJsonObject().getJsonNumber("id").longValue();
            for (int offset = 0; ; offset += PAGE_SIZE) {
                JsonObject page = api.json("archive/publications/" + id + "/issues?offset=" + offset + "&limit=" + PAGE_SIZE);
                for (JsonValue issue : page.getJsonArray("items")) {
                    JsonObject i = issue.asJsonObject();
                    issues.add(new Issue(i.getJsonNumber("id").longValue(), LocalDate.parse(i.getString("date"))));
                }
                if (offset + PAGE_SIZE >= page.getInt("total")) {
                    break;
                }
            }
        }
    }

    private JsonObject issue(long id) throws IOException, InterruptedException {
        JsonObject issue = issueDetails.get(id);
        if (issue == null) {
            issue = api.json("archive/issues/" + id);
            issueDetails.put(id, issue);
        }
        return issue;
    }

    /** The article, or null when it has no text to search for. */
    private static ArticleSample sample(JsonObject article, LocalDate date) {
        JsonValue body = article.get("body");
        if (!(body instanceof JsonString text) || text.getString().isBlank()) {
            return null;
        }
        List<String> reporters = new ArrayList<>();
        JsonValue byline = article.get("byline");
        if (byline != null && byline.getValueType() == JsonValue.ValueType.OBJECT
                && byline.asJsonObject().get("contributors") instanceof jakarta.json.JsonArray contributors) {
            for (JsonValue contributor : contributors) {
                reporters.add(contributor.asJsonObject().getString("name"));
            }
        }
        return new ArticleSample(article.getJsonNumber("id").longValue(), date, text.getString(), reporters);
    }
}
