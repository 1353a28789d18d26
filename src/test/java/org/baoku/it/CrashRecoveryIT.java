package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 of the server in the middle of an import, then start it again and restart the execution:
 * every file ends imported exactly once.
 *
 * <p>This test runs the provisioned server itself (WildFly's own launcher, as Arquillian's managed
 * container does) because it must kill it and start it again on the same data and deployment, which
 * Arquillian's container lifecycle does not offer.
 */
@ExtendWith(DumpLaunchedServersOnFailure.class)
class CrashRecoveryIT {

    private static final Duration BOUND = Duration.ofMinutes(5);
    private static final Duration REQUEST_BOUND = Duration.ofMinutes(1);
    /**
     * Under {@code -Ppostgresql} the archive and the job repository are databases, not files in the
     * server's data directory, and the Arquillian server of the other ITs may be using the test databases
     * while this one runs: this server gets databases of its own (the pom names them and empties them
     * before the ITs), since {@code InterruptedRunRecovery} marks every run of its job repository that
     * claims to be running as FAILED. Unset on H2.
     */
    private static final String ARCHIVE_DB = System.getProperty("baoku.it.crash.archiveDb");
    private static final String JOBS_DB = System.getProperty("baoku.it.crash.jobsDb");

    private final HttpClient http = HttpClient.newHttpClient();
    private LaunchedServer server;
    private String api;

    @Test
    void anImportKilledWithTheServerIsRestartedAndImportsEveryFileExactlyOnce() throws Exception {
        server = LaunchedServer.prepare("crash-server", 200);
        if (ARCHIVE_DB != null && JOBS_DB != null) { // read by deployments/postgresql/*-datasource.cli
            server.withEnvironment("BAOKU_DB_NAME", ARCHIVE_DB).withEnvironment("BAOKU_JOBS_DB_NAME", JOBS_DB);
        }
        api = server.api();
        Path base = server.base();
        int files = 2000;
        Path inbox = GeneratedPages.frontPages(base.resolve("inbox"), "断电日报", LocalDate.of(1990, 1, 1), files, 1);

        server.start();
        // small index chunks: the second kill must find the run inside its index-articles step
        long execution = post("/jobs/archive-import", "{\"inbox\": \"" + inbox + "\", \"settleSeconds\": \"0\", "
                + "\"partitions\": \"2\", \"chunkSize\": \"10\", \"indexChunkSize\": \"2\"}")
                .getJsonNumber("executionId").longValue();
        // far enough in that the restart's index step, which reads back only the files imported before the kill
        // (the restart's own were indexed as they were imported), takes long enough to be killed in
        awaitFiles(execution, 1000);

        server.kill(); // SIGKILL: no shutdown hook, no graceful stop
        Instant killed = Instant.now();
        server.start();

        JsonObject interrupted = get("/executions/" + execution);
        assertEquals("FAILED", interrupted.getString("batchStatus"));
        assertTrue(interrupted.getString("exitStatus").startsWith("FAILED: server stopped during the run"),
                interrupted.getString("exitStatus"));
        long importedBeforeRestart = interrupted.getJsonObject("files").getJsonNumber("TOTAL").longValue();
        assertTrue(importedBeforeRestart < files, "killed part-way: " + importedBeforeRestart + " of " + files);
        // its end is its last known progress, not the next start-up; its import step counts what the archive holds
        Instant ended = Instant.parse(interrupted.getString("endTime"));
        assertTrue(!ended.isAfter(killed) && !ended.isBefore(Instant.parse(interrupted.getString("startTime"))),
                "ended " + ended + ", killed " + killed + ": " + interrupted);
        JsonObject importStep = interrupted.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(step -> "import-issue-files".equals(step.getString("name"))).findFirst().orElseThrow();
        assertEquals(importedBeforeRestart, importStep.getJsonObject("metrics").getJsonNumber("readCount").longValue(),
                importStep.toString());

        long restarted = post("/executions/" + execution + "/restart", "").getJsonNumber("executionId").longValue();
        assertEquals(execution + 1, restarted, "execution ids follow on after a crash (H2 caches identities)");
        awaitIndexedPages(restarted, 40);
        server.kill(); // again, while the run puts its pages into the search index
        server.start();
        JsonObject indexing = get("/executions/" + restarted);
        assertEquals("FAILED", indexing.getString("batchStatus"));
        assertTrue(indexStep(indexing).map(step -> !"COMPLETED".equals(step.getString("batchStatus"))).orElse(false),
                "killed inside index-articles: " + indexing);

        long again = post("/executions/" + restarted + "/restart", "").getJsonNumber("executionId").longValue();
        JsonObject done = awaitEnd(again);

        assertEquals("COMPLETED", done.getString("batchStatus"));
        JsonObject outcomes = done.getJsonObject("files");
        assertEquals(files, outcomes.getJsonNumber("TOTAL").longValue(), "one import record per file");
        assertEquals(files, outcomes.getJsonNumber("IMPORTED").longValue()
                + outcomes.getJsonNumber("IMPORTED_WITH_WARNINGS").longValue());
        JsonObject archive = done.getJsonObject("archive");
        assertEquals(files, archive.getJsonNumber("pages").longValue(), "no page missing, none twice");
        assertEquals(files, archive.getJsonNumber("issues").longValue());
        assertEquals(files, archive.getJsonNumber("articles").longValue());

        ArchiveClient reader = new ArchiveClient(api.replaceFirst("api$", ""));
        JsonObject index = reader.index();
        assertEquals(files, index.getJsonNumber("documents").longValue(), "every article indexed once: " + index);
        assertTrue(index.getBoolean("inSync"), index.toString());
        assertEquals(files, reader.allHits("publication", "断电日报").size(), "each article one hit");
    }

    /**
     * Until the index step has written {@code atLeast} pages and began 2 s ago or more: H2 writes its store up to
     * a second after a commit, so a kill -9 right after the step began could take the step's row with it.
     */
    private void awaitIndexedPages(long execution, long atLeast) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (indexStep(get("/executions/" + execution))
                .filter(step -> step.getJsonObject("metrics").getJsonNumber("writeCount").longValue() >= atLeast)
                .filter(step -> Instant.parse(step.getString("startTime")).isBefore(Instant.now().minusSeconds(2)))
                .isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + atLeast + " pages indexed after " + BOUND);
            }
            Thread.sleep(20);
        }
    }

    private static Optional<JsonObject> indexStep(JsonObject execution) {
        return execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(step -> "index-articles".equals(step.getString("name"))).findFirst();
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    private void awaitFiles(long execution, long atLeast) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (get("/executions/" + execution).getJsonObject("files").getJsonNumber("TOTAL").longValue() < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + atLeast + " files imported after " + BOUND);
            }
            Thread.sleep(50);
        }
    }

    private JsonObject awaitEnd(long execution) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            JsonObject state = get("/executions/" + execution);
            if (state.containsKey("endTime") && !state.isNull("endTime")) {
                return state;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + execution + " did not end within " + BOUND);
            }
            Thread.sleep(200);
        }
    }

    private JsonObject get(String path) throws Exception {
        return json(http.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(URI.create(api + path)))
                .timeout(REQUEST_BOUND).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()));
    }

    private JsonObject post(String path, String body) throws Exception {
        return json(http.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(URI.create(api + path)))
                .timeout(REQUEST_BOUND).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
