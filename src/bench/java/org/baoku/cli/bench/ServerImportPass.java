package org.baoku.cli.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Pass 4: the real {@code archive-import} job on the provisioned server, started and watched through
 * the REST API like an operator would, on H2 or PostgreSQL. Time is the job's own (start to end time);
 * rows are counted in the server's archive after shutdown. Pass 5, search, runs on the same server
 * after the job, before it is shut down.
 */
final class ServerImportPass {

    /**
     * The job's outcome, its rates, the server's peak heap, the archive's and the search index's size
     * ({@code indexBytes} null without an index), what indexing cost the job, pass 5 ({@code search}
     * null when skipped or failed), the server process's CPU time from the job's start to its end (sampled
     * every quarter second, interpolated at the job's own times), the same by kind of thread from the
     * job's start until the bench saw its end, and the cores each step kept busy.
     */
    record Result(long executionId, String batchStatus, String exitStatus, Rate files, Rate rows,
                  Map<String, Long> filesByOutcome, Map<String, Long> rowsByTable, long peakHeapMegabytes,
                  long retainedHeapMegabytes,
                  long databaseBytes, Profile profile, ImportCost importCost, Long indexBytes, SearchPass.Result search,
                  double serverCpuSeconds, Map<String, Double> serverCpuByThread, Map<String, Double> stepCores) {

        /** The server's CPU time while the job ran over the CPU time the machine had (wall time × cores). */
        double cpuShare(int cores) {
            return serverCpuSeconds / (files.seconds() * cores);
        }
    }

    /**
     * The server's JFR recording and the job's window in it: the recording starts with the server, since
     * starting one threw the JIT's compiled code away (a sweep right after {@code JFR.start} reclaimed
     * 19,305 compiled methods, and the job compiled them all again), so only the job's events are read.
     */
    record Profile(Path recording, Instant from, Instant to) {

        String summary(int top) throws java.io.IOException {
            return JfrHotMethods.summary(recording, top, from, to);
        }
    }

    record Settings(BenchDatabase database, Path serverHome, Path war, int portOffset, String heap, Duration startAfter,
                    Duration jobBound, boolean profile, Map<String, String> jobParameters, String apiUser,
                    boolean search, long seed, Path warmUpInbox) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServerImportPass() {
    }

    static Result run(Path inbox, Path work, Settings settings, java.io.PrintStream log) throws Exception {
        String name = settings.database().name() + "-" + inbox.getFileName();
        Path base = work.resolve("server-" + name);
        String api = "http://localhost:" + (8080 + settings.portOffset()) + "/baoku/api";
        JsonObject execution;
        long peakHeap;
        long retainedHeap;
        double cpuSeconds;
        Map<String, Double> cpuByThread;
        Map<String, Double> stepCores;
        SearchPass.Result search = null;
        Path profile = settings.profile() ? work.resolve("server-" + name + ".jfr") : null;
        settings.database().resetServerDatabases();
        try (WildFlyServer server = WildFlyServer.start(settings.serverHome(), settings.war(), base,
                settings.portOffset(), settings.heap(), work.toAbsolutePath(), settings.database().serverEnvironment())) {
            log.printf("server up (pid %d, base %s)%n", server.pid(), base);
            if (profile != null) {
                jcmd(server.pid(), "JFR.start", "name=bench", "settings=profile", "filename=" + profile);
            }
            long wait = server.startedAt().plus(settings.startAfter()).toEpochMilli() - System.currentTimeMillis();
            if (wait > 0) {
                log.printf("job starts %s after the server's start%n", settings.startAfter());
                Thread.sleep(wait); // the server's idle minute before a nightly import, not a wait for anything
            }
            String authorization = settings.apiUser() == null ? server.operatorAuthorization() : "Basic "
                    + java.util.Base64.getEncoder().encodeToString(
                            settings.apiUser().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (settings.warmUpInbox() != null) {
                long id = startJob(api, authorization, jobParameters(settings.warmUpInbox(), work, "warm-up-" + name,
                        settings));
                JsonObject warmUp = awaitEnd(api + "/executions/" + id, authorization, settings.jobBound());
                log.printf("warm-up job %d: %s, %s files in %.1f s%n", id, warmUp.getString("batchStatus"),
                        warmUp.getJsonObject("files").get("TOTAL"), Duration.between(
                                Instant.parse(warmUp.getString("startTime")), Instant.parse(warmUp.getString("endTime")))
                                .toMillis() / 1000.0);
            }
            var parameters = jobParameters(inbox, work, name, settings);
            Map<String, ThreadCpu.Sample> threadsBefore = ThreadCpu.of(server.pid());
            CpuTimeline timeline = new CpuTimeline(server::cpuTime);
            long id = startJob(api, authorization, parameters);
            log.printf("job started: execution %d%n", id);
            execution = awaitEnd(api + "/executions/" + id, authorization, settings.jobBound());
            cpuByThread = ThreadCpu.between(threadsBefore, ThreadCpu.of(server.pid()));
            timeline.close();
            cpuSeconds = timeline.between(Instant.parse(execution.getString("startTime")),
                    Instant.parse(execution.getString("endTime")));
            stepCores = coresByStep(execution, timeline);
            if (profile != null) {
                jcmd(server.pid(), "JFR.stop", "name=bench");
            }
            peakHeap = GcLog.peakHeapMegabytes(server.gcLog());
            jcmd(server.pid(), "GC.run"); // a full collection: what the server still holds after the job
            retainedHeap = GcLog.retainedAfterLastFullGcMegabytes(server.gcLog());
            if (settings.search()) {
                search = search(new BenchApi(api, authorization), settings.seed(), log);
            }
        }
        JdbcTarget database = settings.database().serverArchive(base);
        long databaseBytes = settings.database().sizeBytes(database);
        Map<String, Long> rows = countRows(database);
        Instant start = Instant.parse(execution.getString("startTime"));
        Instant end = Instant.parse(execution.getString("endTime"));
        double seconds = Duration.between(start, end).toMillis() / 1000.0;
        Map<String, Long> files = new LinkedHashMap<>();
        execution.getJsonObject("files").forEach((outcome, count) -> files.put(outcome, Long.parseLong(count.toString())));
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        Long indexBytes = IndexSize.bytes(base.resolve("data/baoku/search-index"));
        if (search != null) {
            search = search.withHolders(ExactHolders.count(database,
                    search.items().stream().map(SearchPass.KnownItem::text).toList()), log);
        }
        return new Result(execution.getJsonNumber("executionId").longValue(), execution.getString("batchStatus"),
                execution.getString("exitStatus", null), new Rate(files.getOrDefault("TOTAL", 0L), seconds),
                new Rate(total, seconds), files, rows, peakHeap, retainedHeap, databaseBytes,
                profile == null ? null : new Profile(profile, start, end),
                ImportCost.of(execution, files.getOrDefault("TOTAL", 0L)), indexBytes, search, cpuSeconds,
                cpuByThread, stepCores);
    }

    /**
     * The job's parameters for an inbox. Gold files lie beside the pages: the job takes the pages only; a
     * parser stub rejects nearly everything, so the reject limit must not end the run early.
     */
    private static JsonObjectBuilder jobParameters(Path inbox, Path work, String name, Settings settings) {
        var parameters = Json.createObjectBuilder()
                .add("inbox", inbox.toString())
                .add("settleSeconds", "0")
                .add("include", "**.txt")
                .add("rejectLimit", "1000000")
                .add("quarantine", work.resolve("quarantine-" + name).toString())
                .add("reports", work.resolve("reports-" + name).toString());
        settings.jobParameters().forEach(parameters::add);
        return parameters;
    }

    /** Starts {@code archive-import} over the REST API; returns its execution id. */
    private static long startJob(String api, String authorization, JsonObjectBuilder parameters)
            throws Exception {
        JsonObject started = json(HTTP.send(request(api + "/jobs/archive-import", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(parameters.build().toString())).build(),
                HttpResponse.BodyHandlers.ofString()));
        return started.getJsonNumber("executionId").longValue();
    }

    /**
     * Pass 5, or null when it fails: a long bench run keeps its import figures when the search API
     * answers what the pass does not expect (an older server, a changed contract); the log says why.
     */
    private static SearchPass.Result search(BenchApi api, long seed, java.io.PrintStream log) {
        try {
            return new SearchPass(api, seed, log).run();
        } catch (Exception e) {
            log.println("5 search: failed, no search figures: " + e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }

    /** Cores each step kept busy on average (CPU seconds over wall seconds), by step name. */
    private static Map<String, Double> coresByStep(JsonObject execution, CpuTimeline timeline) {
        Map<String, Double> cores = new LinkedHashMap<>();
        for (ImportCost.StepWindow step : ImportCost.steps(execution)) {
            if (step.seconds() > 0) {
                cores.put(step.name(), timeline.between(step.from(), step.to()) / step.seconds());
            }
        }
        return cores;
    }

    /** Polls the execution, with a bound, until it has an end time (JBeret sets the status before). */
    private static JsonObject awaitEnd(String url, String authorization, Duration bound) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            JsonObject execution = json(HTTP.send(request(url, authorization)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString()));
            if (execution.containsKey("endTime") && !execution.isNull("endTime")) {
                return execution;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("job still " + execution.getString("batchStatus") + " after " + bound);
            }
            // as often as the dashboard: every answer counts the run's import records by outcome
            Thread.sleep(2000);
        }
    }

    private static HttpRequest.Builder request(String url, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private static JsonObject json(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Rows in every archive table the job writes, counted after the server has stopped. */
    static Map<String, Long> countRows(JdbcTarget database) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection db = database.open(); Statement query = db.createStatement()) {
            for (String table : ArchiveSchema.TABLES) {
                try (ResultSet count = query.executeQuery("select count(*) from " + table)) {
                    count.next();
                    rows.put(table, count.getLong(1));
                }
            }
        }
        return rows;
    }

    private static void jcmd(long pid, String... command) throws Exception {
        String[] line = new String[command.length + 2];
        line[0] = "jcmd";
        line[1] = Long.toString(pid);
        System.arraycopy(command, 0, line, 2, command.length);
        Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed");
        }
    }
}
