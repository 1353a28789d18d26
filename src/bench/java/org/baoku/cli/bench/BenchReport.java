package org.baoku.cli.bench;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** The results of a bench run as a markdown table for people and as JSON for comparisons over time. */
final class BenchReport {

    private BenchReport() {
    }

    static String markdown(List<SizeResult> results) {
        StringBuilder table = new StringBuilder();
        table.append("| files | database | 1 read files/s | 2 parse files/s (1 thread) | 2 parse files/s (all cores) "
                + "| 3 raw insert files/s (rows/s) | 3b raw index files/s (all cores) | bound files/s (without indexing) "
                + "| 4 job files/s | 4 job / bound (without indexing) | 4 import step files/s "
                + "| 4 job files/s without indexing (ratio) | 4 job rows/s | job peak heap MB (after full GC) "
                + "| job DB MB (per 1000 pages) | search index MB (per 1000 pages) | raw DB MB (per 1000 pages) "
                + "| load avg | 5 known-item top 10 % (both / words / bigrams) "
                + "| 5 known-item top 10 %, strings in ≤ 10 articles (both / words / bigrams) | 5 reporter % "
                + "| 5 search ms p50 / p95 / p99 |\n");
        table.append("|---:|:--|---:|---:|---:|:--|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult r : results) {
            ServerImportPass.Result s = r.server();
            table.append(String.format("| %,d | %s | %,.0f | %,.0f | %,.0f (%d) | %s | %,.0f | %,.0f (%,.0f) | %s | %s (%s) "
                            + "| %s | %s | %s | %s | %s (%s) | %s | %.1f (%s) | %.1f | %s | %s | %s | %s |%n",
                    r.files(), r.database(), r.read().perSecond(), r.parseOneThread().perSecond(),
                    r.parseAllCores().perSecond(), r.cores(), rawInserts(r), r.rawIndex().perSecond(),
                    r.boundFilesPerSecond(), r.boundWithoutIndexingFilesPerSecond(),
                    s == null ? "–" : String.format("%,.0f", s.files().perSecond()),
                    format(r.jobOverBound(), "%.2f"), format(r.jobOverBoundWithoutIndexing(), "%.2f"),
                    s == null ? "–" : format(s.importCost().importStep(), "%,.0f"),
                    withoutIndexing(s),
                    s == null ? "–" : String.format("%,.0f", s.rows().perSecond()),
                    s == null ? "–" : s.peakHeapMegabytes() + " (" + s.retainedHeapMegabytes() + ")",
                    s == null ? "–" : String.format("%.1f", s.databaseBytes() / 1e6),
                    format(r.serverMegabytesPerThousandPages(), "%.2f"),
                    s == null || s.indexBytes() == null ? "–" : String.format("%.1f (%s)", s.indexBytes() / 1e6,
                            format(r.indexMegabytesPerThousandPages(), "%.2f")),
                    r.raw().databaseBytes() / 1e6,
                    format(r.rawMegabytesPerThousandPages(), "%.2f"), r.loadAverage(),
                    knownItem(r.search(), SearchPass.Result::knownItem), knownItem(r.search(), SearchPass.Result::distinctive),
                    r.search() == null ? "–" : String.format("%.1f", r.search().reporter().percent()),
                    r.search() == null ? "–" : String.format("%.1f / %.1f / %.1f", r.search().latency().p50(),
                            r.search().latency().p95(), r.search().latency().p99())));
        }
        return table.toString();
    }

    /** {@code JDBC batch 6,887 (73,566); COPY BINARY 9,100 (97,000)}: each raw pass of the database. */
    private static String rawInserts(SizeResult r) {
        StringBuilder text = new StringBuilder();
        for (RawInsertPass.Result raw : r.rawPasses()) {
            text.append(text.length() == 0 ? "" : "; ").append(String.format("%s %,.0f (%,.0f)", raw.method().label,
                    raw.files().perSecond(), raw.rows().perSecond()));
        }
        return text.toString();
    }

    private static String withoutIndexing(ServerImportPass.Result s) {
        if (s == null || s.importCost().withoutIndexing() == null) {
            return "–";
        }
        return String.format("%,.0f (%.2f)", s.importCost().withoutIndexing(), s.importCost().ratio());
    }

    /** {@code 99.1 / 97.3 / 98.8}: the analysis modes in {@link SearchPass#ANALYSES}' order. */
    private static String knownItem(SearchPass.Result search,
                                    java.util.function.Function<SearchPass.Result, Map<String, Recall>> which) {
        if (search == null || which.apply(search).isEmpty()) {
            return "–";
        }
        StringBuilder text = new StringBuilder();
        for (String analysis : SearchPass.ANALYSES) {
            Recall recall = which.apply(search).get(analysis);
            text.append(text.length() == 0 ? "" : " / ").append(recall == null ? "–" : String.format("%.1f", recall.percent()));
        }
        return text.toString();
    }

    /** Rows per table and job outcomes, which the table folds into one figure. */
    static String details(List<SizeResult> results) {
        StringBuilder text = new StringBuilder();
        for (SizeResult r : results) {
            text.append(String.format("%,d files, %s: raw rows %s%n", r.files(), r.database(), r.raw().rowsByTable()));
            ServerImportPass.Result s = r.server();
            if (s != null) {
                text.append(String.format("%,d files, %s: job %d %s/%s in %.1f s, files %s%n", r.files(), r.database(),
                        s.executionId(),
                        s.batchStatus(), s.exitStatus(), s.files().seconds(), s.filesByOutcome()));
                text.append(String.format("%,d files, %s: job rows %s%n", r.files(), r.database(), s.rowsByTable()));
            }
            SearchPass.Result search = r.search();
            if (search != null) {
                StringBuilder recall = new StringBuilder();
                search.knownItem().forEach((analysis, k) -> {
                    Recall d = search.distinctive().get(analysis);
                    recall.append(String.format("%s%s %d of %d found (%d refused)%s", recall.length() == 0 ? "" : "; ",
                            analysis, k.found(), k.asked(), k.refused(), d == null ? "" : String.format(
                                    ", %d of the %d in at most %d articles", d.found(), d.asked(),
                                    SearchPass.KNOWN_ITEM_TOP)));
                });
                text.append(String.format("%,d files, %s: search known-item top %d: %s; reporter %d of %d; latency %d "
                                + "queries, %d refused; pass took %.1f s%n", r.files(), r.database(),
                        SearchPass.KNOWN_ITEM_TOP, recall,
                        search.reporter().found(), search.reporter().asked(), search.latency().queries(),
                        search.latency().refused(), search.seconds()));
            }
        }
        return text.toString();
    }

    static String json(List<SizeResult> results, Map<String, String> settings) {
        JsonArrayBuilder sizes = Json.createArrayBuilder();
        for (SizeResult r : results) {
            JsonObjectBuilder size = Json.createObjectBuilder()
                    .add("files", r.files())
                    .add("database", r.database())
                    .add("loadAverage", r.loadAverage())
                    .add("read", rate(r.read()))
                    .add("parseOneThread", rate(r.parseOneThread()))
                    .add("parseAllCores", rate(r.parseAllCores()).add("threads", r.cores()))
                    .add("rawInsert", rate(r.raw().rows()).add("filesPerSecond", r.raw().files().perSecond())
                            .add("rowsByTable", counts(r.raw().rowsByTable()))
                            .add("databaseBytes", r.raw().databaseBytes()))
                    .add("rawInserts", rawInsertsJson(r))
                    .add("rawIndex", rate(r.rawIndex()).add("threads", r.cores()))
                    .add("boundFilesPerSecond", r.boundFilesPerSecond())
                    .add("boundWithoutIndexingFilesPerSecond", r.boundWithoutIndexingFilesPerSecond());
            ServerImportPass.Result s = r.server();
            if (s != null) {
                size.add("job", rate(s.rows()).add("filesPerSecond", s.files().perSecond())
                        .add("files", s.files().count())
                        .add("executionId", s.executionId())
                        .add("batchStatus", s.batchStatus())
                        .add("exitStatus", String.valueOf(s.exitStatus()))
                        .add("filesByOutcome", counts(s.filesByOutcome()))
                        .add("rowsByTable", counts(s.rowsByTable()))
                        .add("serverCpuSeconds", s.serverCpuSeconds())
                        .add("serverCpuSecondsByThread", seconds(s.serverCpuByThread()))
                        .add("coresByStep", seconds(s.stepCores()))
                        .add("peakHeapMegabytes", s.peakHeapMegabytes())
                        .add("retainedHeapMegabytesAfterFullGc", s.retainedHeapMegabytes())
                        .add("databaseBytes", s.databaseBytes()));
                size.add("jobOverParse", r.jobOverParse()).add("jobOverRawInsert", r.jobOverRawInsert())
                        .add("jobOverBound", r.jobOverBound())
                        .add("jobOverBoundWithoutIndexing", r.jobOverBoundWithoutIndexing());
                size.add("importCost", importCost(s.importCost()));
                if (s.indexBytes() != null) {
                    size.add("searchIndexBytes", s.indexBytes());
                }
                if (r.search() != null) {
                    size.add("search", search(r.search()));
                }
            }
            sizes.add(size);
        }
        JsonObjectBuilder run = Json.createObjectBuilder();
        settings.forEach(run::add);
        return Json.createObjectBuilder().add("settings", run).add("sizes", sizes).build().toString();
    }

    /** Every raw pass of the database, by method; {@code rawInsert} above repeats the JDBC batch one. */
    private static JsonArrayBuilder rawInsertsJson(SizeResult r) {
        JsonArrayBuilder passes = Json.createArrayBuilder();
        for (RawInsertPass.Result raw : r.rawPasses()) {
            passes.add(rate(raw.rows()).add("method", raw.method().name()).add("filesPerSecond", raw.files().perSecond())
                    .add("databaseBytes", raw.databaseBytes()));
        }
        return passes;
    }

    private static JsonObjectBuilder importCost(ImportCost cost) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("files", cost.files()).add("jobSeconds", cost.jobSeconds())
                .add("filesPerSecondWithIndexing", cost.withIndexing()).add("stepSeconds", seconds(cost.stepSeconds()));
        if (cost.importStep() != null) {
            json.add("importStepFilesPerSecond", cost.importStep());
        }
        if (cost.indexSeconds() != null) {
            json.add("indexStepSeconds", cost.indexSeconds());
        }
        if (cost.withoutIndexing() != null) {
            json.add("filesPerSecondWithoutIndexing", cost.withoutIndexing()).add("withOverWithout", cost.ratio());
        }
        return json;
    }

    private static JsonObjectBuilder search(SearchPass.Result search) {
        JsonObjectBuilder knownItem = Json.createObjectBuilder();
        search.knownItem().forEach((analysis, recall) -> {
            JsonObjectBuilder json = recall(recall);
            if (search.distinctive().containsKey(analysis)) {
                json.add("inAtMost" + SearchPass.KNOWN_ITEM_TOP + "Articles", recall(search.distinctive().get(analysis)));
            }
            knownItem.add(analysis, json);
        });
        Latency latency = search.latency();
        return Json.createObjectBuilder()
                .add("articlesSampled", search.articlesSampled())
                .add("seconds", search.seconds())
                .add("knownItemTop" + SearchPass.KNOWN_ITEM_TOP, knownItem)
                .add("reporter", recall(search.reporter()))
                .add("latencyMillis", Json.createObjectBuilder().add("queries", latency.queries())
                        .add("warmUp", SearchPass.WARM_UP).add("p50", latency.p50()).add("p95", latency.p95())
                        .add("p99", latency.p99()).add("refused", latency.refused()));
    }

    private static JsonObjectBuilder recall(Recall recall) {
        return Json.createObjectBuilder().add("asked", recall.asked()).add("found", recall.found())
                .add("percent", recall.percent()).add("refused", recall.refused());
    }

    private static JsonObjectBuilder rate(Rate rate) {
        return Json.createObjectBuilder().add("count", rate.count()).add("seconds", rate.seconds())
                .add("perSecond", rate.perSecond());
    }

    private static JsonObjectBuilder counts(Map<String, Long> counts) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        counts.forEach(object::add);
        return object;
    }

    private static JsonObjectBuilder seconds(Map<String, Double> seconds) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        seconds.forEach((key, value) -> object.add(key, Math.round(value * 100) / 100.0));
        return object;
    }

    private static String format(Double value, String pattern) {
        return value == null ? "–" : String.format(pattern, value);
    }
}
