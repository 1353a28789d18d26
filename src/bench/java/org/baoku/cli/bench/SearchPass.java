package org.baoku.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Pass 5: search on the archive the job just imported, through the REST API of the same server while
 * it is still up (warm from the job; the recall searches warm the search path before latency is
 * measured). Known-item recall per analysis mode, reporter recall, and latency.
 */
final class SearchPass {

    static final List<String> ANALYSES = List.of("both", "words", "bigrams");
    static final int KNOWN_ITEMS = 1000;
    static final int KNOWN_ITEM_TOP = 10;
    static final int REPORTER_ARTICLES = 500;
    static final int REPORTER_LIMIT = 100;
    static final int WARM_UP = 100;
    static final int TIMED = 1000;

    /**
     * What pass 5 measured. {@code knownItem}: recall by analysis mode. {@code distinctive}: the same over
     * the strings that at most {@link #KNOWN_ITEM_TOP} articles hold word for word — generated stories
     * share whole sentences, so many strings cut from them are in hundreds of articles, and no ranking can
     * put the one they were cut from into the top 10; empty until {@link #withHolders} counted them in the
     * archive, after the server stopped. {@code items} and {@code found} (by analysis mode, per item) are
     * what that needs.
     */
    record Result(Map<String, Recall> knownItem, Map<String, Recall> distinctive, Recall reporter, Latency latency,
                  int articlesSampled, double seconds, List<KnownItem> items, Map<String, boolean[]> found) {

        /** This result with {@code distinctive} from the number of articles holding each item's string. */
        Result withHolders(int[] holders, PrintStream log) {
            Map<String, Recall> recall = new LinkedHashMap<>();
            found.forEach((analysis, hits) -> {
                int asked = 0;
                int foundCount = 0;
                List<String> misses = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    if (holders[i] <= KNOWN_ITEM_TOP) {
                        asked++;
                        foundCount += hits[i] ? 1 : 0;
                        if (!hits[i] && misses.size() < 5) {
                            misses.add(items.get(i).text() + " (article " + items.get(i).articleId() + ", in "
                                    + holders[i] + ")");
                        }
                    }
                }
                recall.put(analysis, new Recall(asked, foundCount, 0));
                log.printf("   known-item top %d, analysis=%s, strings at most %d articles hold: %.1f %% of %d%s%n",
                        KNOWN_ITEM_TOP, analysis, KNOWN_ITEM_TOP, 100.0 * foundCount / Math.max(1, asked), asked,
                        misses.isEmpty() ? "" : "; e.g. missed " + String.join("; ", misses));
            });
            return new Result(knownItem, recall, reporter, latency, articlesSampled, seconds, items, found);
        }
    }

    /** One known-item search: the text and whose it is. */
    record KnownItem(String text, long articleId) {
    }

    private final BenchApi api;
    private final long seed;
    private final PrintStream log;

    SearchPass(BenchApi api, long seed, PrintStream log) {
        this.api = api;
        this.seed = seed;
        this.log = log;
    }

    Result run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        ArticleSampler sampler = new ArticleSampler(api, seed);
        List<ArticleSample> articles = sampler.withText(KNOWN_ITEMS);
        List<ArticleSample> withReporter = sampler.withReporter(REPORTER_ARTICLES);
        log.printf("   sampled %d articles with text and %d with a reporter from %d pages%n", articles.size(),
                withReporter.size(), sampler.pagesRead());
        Random random = new Random(seed);
        List<KnownItem> items = knownItems(articles, KNOWN_ITEMS, random);
        Map<String, Recall> knownItem = new LinkedHashMap<>();
        Map<String, boolean[]> found = new LinkedHashMap<>();
        for (String analysis : ANALYSES) {
            boolean[] hits = new boolean[items.size()];
            Recall recall = knownItem(items, analysis, hits);
            knownItem.put(analysis, recall);
            found.put(analysis, hits);
            log.printf("   known-item top %d, analysis=%s: %.1f %% of %d (%d refused)%n", KNOWN_ITEM_TOP, analysis,
                    recall.percent(), recall.asked(), recall.refused());
        }
        Recall reporter = reporters(withReporter);
        log.printf("   reporter on the article's day, top %d: %.1f %% of %d (%d refused)%n", REPORTER_LIMIT,
                reporter.percent(), reporter.asked(), reporter.refused());
        Latency latency = latency(LatencyQueries.of(articles, WARM_UP + TIMED, random));
        log.printf("   latency over %d queries (after %d to warm up): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d refused)%n",
                latency.queries(), WARM_UP, latency.p50(), latency.p95(), latency.p99(), latency.refused());
        return new Result(knownItem, Map.of(), reporter, latency, articles.size(), (System.nanoTime() - started) / 1e9,
                items, found);
    }

    /** {@code count} cuts of 4–12 characters, each from an article drawn at random. */
    static List<KnownItem> knownItems(List<ArticleSample> articles, int count, Random random) {
        List<KnownItem> items = new ArrayList<>();
        for (int tries = 0; items.size() < count && !articles.isEmpty() && tries < count * 10; tries++) {
            ArticleSample article = articles.get(random.nextInt(articles.size()));
            String cut = TextCuts.cut(article.body(), 4, 12, random);
            if (cut != null) {
                items.add(new KnownItem(cut, article.id()));
            }
        }
        return items;
    }

    /** Searches every item's string; {@code hits[i]}: item i's article was in the top 10. */
    private Recall knownItem(List<KnownItem> items, String analysis, boolean[] hits)
            throws IOException, InterruptedException {
        int found = 0;
        int refused = 0;
        for (int i = 0; i < items.size(); i++) {
            KnownItem item = items.get(i);
            BenchApi.Answer answer = api.get("archive/search?q=" + encode(item.text()) + "&limit=" + KNOWN_ITEM_TOP
                    + "&analysis=" + analysis);
            if (!answer.ok()) {
                refused++;
                log.printf("   refused with analysis=%s: %s -> %d %s%n", analysis, item.text(), answer.status(),
                        answer.body());
            } else if (hits(answer.json(), item.articleId())) {
                hits[i] = true;
                found++;
            }
        }
        return new Recall(items.size(), found, refused);
    }

    private Recall reporters(List<ArticleSample> articles) throws IOException, InterruptedException {
        int found = 0;
        int refused = 0;
        for (ArticleSample article : articles) {
            String day = article.date().toString();
            BenchApi.Answer answer = api.get("archive/search?q=&reporter=" + encode(article.reporters().get(0))
                    + "&from=" + day + "&to=" + day + "&limit=" + REPORTER_LIMIT);
            if (!answer.ok()) {
                refused++;
                log.printf("   refused: reporter %s on %s -> %d %s%n", article.reporters().get(0), day, answer.status(),
                        answer.body());
            } else if (hits(answer.json(), article.id())) {
                found++;
            }
        }
        return new Recall(articles.size(), found, refused);
    }

    private Latency latency(List<String> queries) throws IOException, InterruptedException {
        int refused = 0;
        double[] millis = new double[Math.max(0, queries.size() - WARM_UP)];
        for (int i = 0; i < queries.size(); i++) {
            BenchApi.Answer answer = api.get(queries.get(i));
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = answer.millis();
                refused += answer.ok() ? 0 : 1;
            }
        }
        return Latency.of(millis, refused);
    }

    private static boolean hits(JsonObject result, long articleId) {
        for (JsonValue hit : result.getJsonArray("hits")) {
            if (hit.asJsonObject().getJsonNumber("articleId").longValue() == articleId) {
                return true;
            }
        }
        return false;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The latency mix: half single words, half phrases, a fifth of all with a date range. */
    static final class LatencyQueries {

        /** Days in a date range, around the day of the article the query was cut from. */
        static final int RANGE_DAYS = 31;

        private LatencyQueries() {
        }

        /**
         * {@code count} search requests: even ones a word of 2–4 characters, odd ones a quoted phrase of
         * 4–8; every fifth (so both kinds alike) also limited to {@link #RANGE_DAYS} days around its
         * article's date.
         */
        static List<String> of(List<ArticleSample> articles, int count, Random random) {
            List<String> queries = new ArrayList<>();
            for (int tries = 0; queries.size() < count && !articles.isEmpty() && tries < count * 10; tries++) {
                int index = queries.size();
                ArticleSample article = articles.get(random.nextInt(articles.size()));
                boolean phrase = index % 2 == 1;
                String cut = phrase ? TextCuts.cut(article.body(), 4, 8, random) : TextCuts.cut(article.body(), 2, 4, random);
                if (cut == null) {
                    continue;
                }
                StringBuilder query = new StringBuilder("archive/search?q=").append(encode(phrase ? '"' + cut + '"' : cut));
                if (index % 5 == 0) {
                    LocalDate from = article.date().minusDays(random.nextInt(RANGE_DAYS));
                    query.append("&from=").append(from).append("&to=").append(from.plusDays(RANGE_DAYS - 1));
                }
                queries.add(query.toString());
            }
            return queries;
        }
    }
}
