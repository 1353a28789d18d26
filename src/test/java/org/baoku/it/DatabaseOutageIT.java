package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL stopped under a running import ({@code pg_ctlcluster … stop}, as a database restart or
 * failover does it: every connection terminated with 57P01, then connection refused):
 * an outage shorter than the job parameter {@code outageLimitSeconds} is waited out and the run completes
 * without a restart; a longer one fails the run, the job repository records it FAILED with its end time
 * once the database is back, and a restart is accepted at once. Every file imported exactly once.
 *
 * <p>PostgreSQL only ({@code -Ppostgresql}): H2 is embedded and cannot go away under the server. Like
 * {@link CrashRecoveryIT}, it launches the provisioned server itself, on databases of its own
 * ({@code baoku_it_outage}, {@code baoku_it_outage_jobs}) and ports of its own (offset 400 +
 * {@code baoku.it.portOffset}). It needs to be allowed to run {@code pg_ctlcluster} (root, as
 * {@code bin/postgres-up}), and always starts the cluster again.
 */
@ExtendWith(DumpLaunchedServersOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    private static final Duration BOUND = Duration.ofMinutes(5);
    private static final String ARCHIVE_DB = System.getProperty("baoku.it.outage.archiveDb");
    private static final String JOBS_DB = System.getProperty("baoku.it.outage.jobsDb");
    /** {@code pg_ctlcluster VERSION CLUSTER}: bin/postgres-up's cluster */
    private static final String[] CLUSTER = System.getProperty("baoku.it.outage.cluster", "15 main").split(" ");
    private static final int FILES = 3000;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static LaunchedServer server;
    private static Path base;
    private static String api;

    @BeforeAll
    static void startServer() throws Exception {
        assumeTrue(ARCHIVE_DB != null && JOBS_DB != null, "PostgreSQL only (-Ppostgresql)");
        // it stops the cluster: where that cluster is shared, -Dbaoku.it.outage=false leaves the test out
        assumeTrue(Boolean.parseBoolean(System.getProperty("baoku.it.outage", "true")), "-Dbaoku.it.outage=false");
        server = LaunchedServer.prepare("outage-server", 400)
                .withEnvironment("BAOKU_DB_NAME", ARCHIVE_DB).withEnvironment("BAOKU_JOBS_DB_NAME", JOBS_DB);
        base = server.base();
        api = server.api();
        server.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        postgres("start"); // whatever happened: the other tests, and the next run, need it
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    void aTwentySecondDatabaseRestartMidRunIsWaitedOutAndTheRunCompletesWithoutARestart() throws Exception {
        Path inbox = GeneratedPages.frontPages(base.resolve("inbox-short"), "停电日报", LocalDate.of(1960, 1, 1), FILES, 1);
        long pagesBefore = archivePages();
        long execution = start(inbox, "");
        awaitFiles(execution, FILES * 2 / 5);

        List<Integer> answers = outage(Duration.ofSeconds(20));
        assertTrue(answers.contains(503), "the API said the database is away: " + answers);
        assertTrue(answers.stream().allMatch(status -> status == 200 || status == 503), "never a 500: " + answers);

        JsonObject done = awaitEnd(execution);
        assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
        assertExactlyOnce(done, pagesBefore);
        assertEquals(1, executionsOfRun(execution), "no restart: one execution");
        assertRepository(execution, "COMPLETED");
    }

    @Test
    @Order(2)
    void anOutageLongerThanTheBoundFailsTheRunWhichRestartsAsSoonAsTheDatabaseIsBack() throws Exception {
        Path inbox = GeneratedPages.frontPages(base.resolve("inbox-long"), "停电晚报", LocalDate.of(1970, 1, 1), FILES, 1);
        long pagesBefore = archivePages();
        long execution = start(inbox, ", \"outageLimitSeconds\": \"8\"");
        awaitFiles(execution, FILES / 5);

        outage(Duration.ofSeconds(30));
        long back = System.nanoTime();
        long restarted;
        while (true) { // the API answers 503 until the pools have a connection again, then takes the restart
            HttpResponse<String> restart = post("/executions/" + execution + "/restart", "");
            if (restart.statusCode() == 202) {
                restarted = json(restart).getJsonNumber("executionId").longValue();
                break;
            }
            assertEquals(503, restart.statusCode(), restart.body());
            assertTrue(restart.headers().firstValue("Retry-After").isPresent());
            assertTrue(System.nanoTime() - back < Duration.ofSeconds(5).toNanos(),
                    "restart not accepted within 5 s of the database's return: " + restart.body());
            Thread.sleep(100);
        }
        Duration toRestart = Duration.ofNanos(System.nanoTime() - back);
        System.out.println("DatabaseOutageIT: restart accepted " + toRestart.toMillis() + " ms after the database was back");

        JsonObject failed = json(get("/executions/" + execution));
        assertEquals("FAILED", failed.getString("batchStatus"));
        assertTrue(failed.getString("exitStatus").contains("outageLimitSeconds"), failed.getString("exitStatus"));
        assertRepository(execution, "FAILED");

        JsonObject done = awaitEnd(restarted);
        assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
        assertExactlyOnce(done, pagesBefore);
        assertEquals(2, executionsOfRun(execution));
    }

    /** Stops PostgreSQL for this long, asking the API about the run meanwhile; returns its status codes. */
    private static List<Integer> outage(Duration length) throws Exception {
        List<Integer> answers = new ArrayList<>();
        postgres("stop");
        try {
            long until = System.nanoTime() + length.toNanos();
            while (System.nanoTime() < until) {
                HttpResponse<String> answer = get("/executions?size=1");
                answers.add(answer.statusCode());
                HttpResponse<String> one = get("/executions/" + json200OrNull(answer));
                answers.add(one.statusCode());
                if (one.statusCode() == 503) {
                    assertTrue(one.headers().firstValue("Retry-After").isPresent(), one.headers().toString());
                    assertTrue(one.body().contains("database"), one.body());
                }
                Thread.sleep(500); // the outage's length is the test's subject, not a synchronisation
            }
        } finally {
            postgres("start");
        }
        return answers;
    }

    private static String json200OrNull(HttpResponse<String> page) {
        if (page.statusCode() != 200) {
            return "1";
        }
        return String.valueOf(json(page).getJsonArray("executions").getJsonObject(0).getJsonNumber("executionId").longValue());
    }

    private static void postgres(String action) throws Exception {
        if (ARCHIVE_DB == null) {
            return;
        }
        Process pg = new ProcessBuilder("pg_ctlcluster", CLUSTER[0], CLUSTER[1], action).inheritIO().start();
        int exit = pg.waitFor();
        assertTrue(exit == 0 || "start".equals(action), "pg_ctlcluster " + action + " exited " + exit);
    }

    private static long start(Path inbox, String moreParameters) throws Exception {
        return json(post("/jobs/archive-import", "{\"inbox\": \"" + inbox + "\", \"settleSeconds\": \"0\", "
                + "\"partitions\": \"2\", \"chunkSize\": \"20\"" + moreParameters + "}")).getJsonNumber("executionId").longValue();
    }

    private static void assertExactlyOnce(JsonObject done, long pagesBefore) {
        JsonObject files = done.getJsonObject("files");
        assertEquals(FILES, files.getJsonNumber("TOTAL").longValue(), "one import record per file: " + files);
        assertEquals(FILES, files.getJsonNumber("IMPORTED").longValue()
                + files.getJsonNumber("IMPORTED_WITH_WARNINGS").longValue(), files.toString());
        assertEquals(pagesBefore + FILES, done.getJsonObject("archive").getJsonNumber("pages").longValue(),
                "no page missing, none twice");
    }

    /** What the job repository itself says, not the runtime's memory. */
    private static void assertRepository(long execution, String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String host = System.getenv().getOrDefault("BAOKU_DB_HOST", "localhost");
        String port = System.getenv().getOrDefault("BAOKU_DB_PORT", "5432");
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + JOBS_DB,
                System.getenv().getOrDefault("BAOKU_DB_USER", "baoku"), System.getenv().getOrDefault("BAOKU_DB_PASSWORD", "baoku"));
             PreparedStatement row = connection.prepareStatement(
                     "select BATCHSTATUS, ENDTIME from JOB_EXECUTION where JOBEXECUTIONID = ?")) {
            row.setLong(1, execution);
            while (true) {
                try (ResultSet result = row.executeQuery()) {
                    assertTrue(result.next());
                    if (status.equals(result.getString(1)) && result.getTimestamp(2) != null) {
                        assertNotNull(result.getTimestamp(2));
                        return;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("job repository: execution " + execution + " is " + result.getString(1)
                                + " with end time " + result.getTimestamp(2) + ", not " + status + " with an end time");
                    }
                }
                Thread.sleep(200);
            }
        }
    }

    private static long executionsOfRun(long execution) throws Exception {
        JsonObject page = json(get("/executions?size=200"));
        return page.getJsonArray("executions").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("executionId").longValue() >= execution).count();
    }

    private static long archivePages() throws Exception {
        JsonObject any = json(get("/executions?size=1"));
        if (any.getJsonArray("executions").isEmpty()) {
            return 0;
        }
        long latest = any.getJsonArray("executions").getJsonObject(0).getJsonNumber("executionId").longValue();
        return json(get("/executions/" + latest)).getJsonObject("archive").getJsonNumber("pages").longValue();
    }

    private static void awaitFiles(long execution, long atLeast) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (json(get("/executions/" + execution)).getJsonObject("files").getJsonNumber("TOTAL").longValue() < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + atLeast + " files imported after " + BOUND);
            }
            Thread.sleep(50);
        }
    }

    private static JsonObject awaitEnd(long execution) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            HttpResponse<String> answer = get("/executions/" + execution);
            if (answer.statusCode() == 200) {
                JsonObject state = json(answer);
                if (state.containsKey("endTime") && !state.isNull("endTime")) {
                    return state;
                }
            } else {
                assertEquals(503, answer.statusCode(), answer.body());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + execution + " did not end within " + BOUND);
            }
            Thread.sleep(200);
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(URI.create(api + path)))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(URI.create(api + path)))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
