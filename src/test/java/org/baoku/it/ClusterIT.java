package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * Two real nodes of the cluster profile's server ({@code target/server-cluster}: JGroups over TCP, the shared
 * timer store, {@code baoku.cluster.enabled}) on one PostgreSQL archive and job repository ({@code baoku_it_cluster},
 * {@code baoku_it_cluster_jobs}), launched like {@link CrashRecoveryIT}'s server (ports offset 1000 and 1100 +
 * {@code baoku.it.portOffset}):
 * one delivery shared by both nodes, a node killed mid-share, a stop asked on one node reaching the other's share, and
 * the schedule firing once per firing with two nodes and still firing with one.
 */
@ExtendWith(DumpLaunchedServersOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration BOUND = Duration.ofMinutes(5);
    private static final String ARCHIVE_DB = System.getProperty("baoku.it.cluster.archiveDb");
    private static final String JOBS_DB = System.getProperty("baoku.it.cluster.jobsDb");
    private static final int FILES = 3000;
    /** The nodes' lease (baoku.cluster.leaseSeconds' default). */
    private static final Duration LEASE = Duration.ofSeconds(30);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static LaunchedServer node1;
    private static LaunchedServer node2;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        assumeTrue(ARCHIVE_DB != null && JOBS_DB != null, "the cluster profile only (-Ppostgresql,cluster)");
        node1 = node("node1", 1000);
        node2 = node("node2", 1100);
        node1.start();
        node2.start();
    }

    private static LaunchedServer node(String name, int offset) throws IOException {
        return LaunchedServer.prepareNode("cluster-" + name, offset, name)
                .withEnvironment("BAOKU_DB_NAME", ARCHIVE_DB).withEnvironment("BAOKU_JOBS_DB_NAME", JOBS_DB);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (LaunchedServer node : new LaunchedServer[] {node1, node2}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    @Order(1)
    void twoNodesShareOneDeliveryAndEveryFileIsImportedOnce() throws Exception {
        Path inbox = GeneratedPages.frontPages(node1.base().resolve("inbox-shared"), "合作日报", LocalDate.of(1950, 1, 1), FILES, 1);
        long pagesBefore = archivePages(node1);
        long execution = start(node1, inbox);

        JsonObject done = awaitEnd(node1, execution);

        assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
        assertExactlyOnce(execution, done, pagesBefore);
        Map<String, Long> filesByNode = filesByNode(done);
        System.out.println("ClusterIT: two nodes, " + FILES + " files: " + filesByNode + " in "
                + Duration.between(Instant.parse(done.getString("startTime")), Instant.parse(done.getString("endTime"))).toMillis()
                + " ms");
        assertEquals(Set.of("node1", "node2"), filesByNode.keySet(), done.toString());
        assertTrue(filesByNode.values().stream().allMatch(files -> files > 0), "both nodes imported: " + filesByNode);
        JsonObject sharing = done.getJsonObject("sharing");
        assertTrue(sharing.getJsonArray("ranges").getValuesAs(JsonObject.class).stream().allMatch(r -> r.getBoolean("finished")));
        // what a single server makes of the delivery: one current page per file, from exactly that file's content
        assertEquals(sha256Of(inbox), pageHashesOfRun(execution), "the run's pages are the delivery's files, each once");
        // the coordinating node indexed its own files as it imported them and reads back only the other node's
        JsonObject indexStep = done.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(step -> "index-articles".equals(step.getString("name"))).findFirst().orElseThrow();
        assertEquals(filesByNode.get("node2"), indexStep.getJsonObject("metrics").getJsonNumber("readCount").longValue(),
                indexStep.toString());
        assertEquals(FILES, new ArchiveClient(node1.api().replaceFirst("api$", "")).allHits("publication", "合作日报").size(),
                "the coordinating node's index holds every article of the run once");
    }

    @Test
    @Order(2)
    void aNodeKilledMidShareLosesNothingAndItsRangesAreTakenOnTheOtherNode() throws Exception {
        Path inbox = GeneratedPages.frontPages(node1.base().resolve("inbox-kill"), "断电日报", LocalDate.of(1951, 1, 1), FILES, 1);
        long pagesBefore = archivePages(node1);
        long execution = start(node1, inbox);
        // node2 takes its share (about half); it dies between 30 % and 60 % of it
        long share = awaitShare(node1, execution, "node2", files -> files >= FILES / 2 * 3 / 10);
        long filesAtKill = filesOf(node1, execution, share);
        assertTrue(filesAtKill < FILES / 2 * 6 / 10, "killed at " + filesAtKill + " files, beyond 60 % of its share");
        Set<Integer> held = rangesHeldBy(execution, "node2");
        node2.kill();
        long killed = System.nanoTime();

        Duration taken = awaitRangesTakenFrom(execution, held, killed);
        JsonObject done = awaitEnd(node1, execution);
        Duration toEnd = Duration.ofNanos(System.nanoTime() - killed);
        System.out.println("ClusterIT: node2 killed at " + filesAtKill + " files of its share, holding ranges " + held
                + "; ranges running on node1 " + taken.toMillis() + " ms later; run ended " + toEnd.toMillis() + " ms after the kill");

        assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
        assertTrue(toEnd.compareTo(LEASE.plus(BOUND)) < 0);
        assertExactlyOnce(execution, done, pagesBefore);
        assertEquals(sha256Of(inbox), pageHashesOfRun(execution));

        node2.start(); // its start-up recovery fails its own dead share, and nothing of node1's
        JsonObject dead = json(get(node1, "/executions/" + share));
        assertEquals("FAILED", dead.getString("batchStatus"), dead.toString());
        assertEquals("COMPLETED", json(get(node2, "/executions/" + execution)).getString("batchStatus"));
    }

    @Test
    @Order(3)
    void aStopAskedOnOneNodeStopsTheOtherNodesShareAndARestartOnAnyNodeCompletesTheRun() throws Exception {
        Path inbox = GeneratedPages.frontPages(node2.base().resolve("inbox-stop"), "停刊日报", LocalDate.of(1952, 1, 1), FILES, 1);
        long pagesBefore = archivePages(node2);
        long execution = start(node2, inbox); // coordinated on node2, which has just started again
        long share = awaitShare(node2, execution, "node1", files -> files >= 100);

        assertEquals(202, post(node2, "/executions/" + execution + "/stop", "").statusCode());

        assertEquals("STOPPED", awaitEnd(node1, share).getString("batchStatus"), "node1's share, stopped from node2");
        JsonObject stopped = awaitEnd(node2, execution);
        assertEquals("STOPPED", stopped.getString("batchStatus"), stopped.toString());
        long recorded = stopped.getJsonObject("files").getJsonNumber("TOTAL").longValue();
        assertTrue(recorded < FILES, "stopped before the end: " + recorded);

        long restarted = json(post(node1, "/executions/" + execution + "/restart", "")).getJsonNumber("executionId").longValue();
        JsonObject done = awaitEnd(node1, restarted);
        assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
        assertExactlyOnce(restarted, done, pagesBefore);
        assertEquals("node1", done.getJsonObject("sharing").getString("coordinatorNode"), "restarted on node1, coordinated there");
    }

    @Test
    @Order(4)
    void theScheduleFiresOnceAFiringWithTwoNodesUpAndStillFiresWithOne() throws Exception {
        Path inbox = GeneratedPages.frontPages(node1.base().resolve("inbox-scheduled"), "定时日报", LocalDate.of(1953, 1, 1), 2, 1);
        long before = latestExecution(node1);
        HttpResponse<String> enabled = put(node1, "/schedule", "{\"enabled\": true, \"expression\": \"*/20 * * * * *\", "
                + "\"inbox\": \"" + inbox + "\"}");
        assertEquals(200, enabled.statusCode(), enabled.body());
        try {
            List<JsonObject> twoNodes = awaitScheduledRuns(node1, before, 3);
            assertFiredOncePerFiring(twoNodes);
            System.out.println("ClusterIT: scheduled runs with two nodes up, coordinated on "
                    + coordinatorNodes(node1, twoNodes));

            node1.stop();
            long afterStop = latestExecution(node2);
            List<JsonObject> oneNode = awaitScheduledRuns(node2, afterStop, 1);
            assertEquals("node2", json(get(node2, "/executions/" + oneNode.get(0).getJsonNumber("executionId")))
                    .getJsonObject("sharing").getString("coordinatorNode"));
        } finally {
            LaunchedServer up = node2;
            put(up, "/schedule", "{\"enabled\": false, \"expression\": \"*/20 * * * * *\"}");
        }
    }

    // --- the run's books

    private static void assertExactlyOnce(long execution, JsonObject done, long pagesBefore) throws Exception {
        JsonObject files = done.getJsonObject("files");
        assertEquals(FILES, files.getJsonNumber("TOTAL").longValue(), "one import record per file: " + files);
        assertEquals(FILES, files.getJsonNumber("IMPORTED").longValue()
                + files.getJsonNumber("IMPORTED_WITH_WARNINGS").longValue(), files.toString());
        assertEquals(pagesBefore + FILES, done.getJsonObject("archive").getJsonNumber("pages").longValue(),
                "no page missing, none twice");
        try (Connection archive = archive();
             PreparedStatement records = archive.prepareStatement("select count(*), count(distinct r.manifest_position), "
                     + "(select count(*) from manifest_entry m where m.job_instance_id = r.job_instance_id) from import_record r "
                     + "where r.job_instance_id = (select job_instance_id from run_share where execution_id = ?) "
                     + "group by r.job_instance_id")) {
            records.setLong(1, execution);
            try (ResultSet row = records.executeQuery()) {
                assertTrue(row.next());
                assertEquals(FILES, row.getLong(1));
                assertEquals(FILES, row.getLong(2));
                assertEquals(FILES, row.getLong(3));
            }
        }
    }

    private static Map<String, Long> filesByNode(JsonObject execution) {
        return execution.getJsonObject("sharing").getJsonArray("executions").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(e -> e.getString("node"), TreeMap::new,
                        Collectors.summingLong(e -> e.getJsonNumber("files").longValue())));
    }

    private static Set<String> sha256Of(Path inbox) throws Exception {
        Set<String> hashes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(inbox)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                hashes.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }

    private static Set<String> pageHashesOfRun(long execution) throws Exception {
        Set<String> hashes = new TreeSet<>();
        try (Connection archive = archive();
             PreparedStatement pages = archive.prepareStatement("select p.sha256 from page p join import_record r on r.page_id = p.id "
                     + "where p.superseded = false and r.job_instance_id = (select job_instance_id from run_share where execution_id = ?)")) {
            pages.setLong(1, execution);
            try (ResultSet rows = pages.executeQuery()) {
                while (rows.next()) {
                    assertTrue(hashes.add(rows.getString(1)), "a page twice: " + rows.getString(1));
                }
            }
        }
        return hashes;
    }

    private static Set<Integer> rangesHeldBy(long execution, String node) throws Exception {
        Set<Integer> held = new TreeSet<>();
        try (Connection archive = archive();
             PreparedStatement ranges = archive.prepareStatement("select range_number from import_range where owner_node = ? "
                     + "and finished_at is null and job_instance_id = (select job_instance_id from run_share where execution_id = ?)")) {
            ranges.setString(1, node);
            ranges.setLong(2, execution);
            try (ResultSet rows = ranges.executeQuery()) {
                while (rows.next()) {
                    held.add(rows.getInt(1));
                }
            }
        }
        return held;
    }

    /** Until every range the dead node held is held or finished by another node: the time from its death. */
    private static Duration awaitRangesTakenFrom(long execution, Set<Integer> held, long killed) throws Exception {
        long deadline = killed + LEASE.plus(BOUND).toNanos();
        try (Connection archive = archive();
             PreparedStatement ranges = archive.prepareStatement("select count(*) from import_range where range_number = any(?) "
                     + "and (owner_node is null or owner_node = 'node2') and finished_at is null "
                     + "and job_instance_id = (select job_instance_id from run_share where execution_id = ?)")) {
            ranges.setArray(1, archive.createArrayOf("integer", held.toArray()));
            ranges.setLong(2, execution);
            while (true) {
                try (ResultSet row = ranges.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return Duration.ofNanos(System.nanoTime() - killed);
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("ranges " + held + " of the dead node were not taken within " + LEASE.plus(BOUND));
                }
                Thread.sleep(200);
            }
        }
    }

    // --- the schedule

    /** The runs the schedule started on any node after {@code after}, once there are {@code count} of them, ended. */
    private static List<JsonObject> awaitScheduledRuns(LaunchedServer node, long after, int count) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            List<JsonObject> runs = json(get(node, "/executions?size=50")).getJsonArray("executions").getValuesAs(JsonObject.class)
                    .stream().filter(e -> e.getJsonNumber("executionId").longValue() > after)
                    .filter(e -> e.getString("jobName").equals("archive-import")).toList();
            if (runs.size() >= count && runs.stream().limit(count).allMatch(e -> e.containsKey("endTime") && !e.isNull("endTime"))) {
                return new ArrayList<>(runs);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(count + " scheduled runs not seen within " + BOUND + ": " + runs);
            }
            Thread.sleep(500);
        }
    }

    private static List<String> coordinatorNodes(LaunchedServer node, List<JsonObject> runs) throws Exception {
        List<String> nodes = new ArrayList<>();
        for (JsonObject run : runs) {
            nodes.add(json(get(node, "/executions/" + run.getJsonNumber("executionId"))).getJsonObject("sharing")
                    .getString("coordinatorNode"));
        }
        return nodes;
    }

    /** Firings are 20 s apart: two runs that started within 10 s of each other were one firing started twice. */
    private static void assertFiredOncePerFiring(List<JsonObject> runs) {
        List<Instant> starts = runs.stream().map(e -> Instant.parse(e.getString("startTime"))).sorted().toList();
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(Duration.between(starts.get(i - 1), starts.get(i)).compareTo(Duration.ofSeconds(10)) > 0,
                    "two runs for one firing: " + starts);
        }
    }

    // --- the API of a node

    private static long start(LaunchedServer node, Path inbox) throws Exception {
        // one partition on the starting node, so that the other node's share is a large one
        return json(post(node, "/jobs/archive-import", "{\"inbox\": \"" + inbox + "\", \"settleSeconds\": \"0\", "
                + "\"partitions\": \"1\", \"chunkSize\": \"20\"}")).getJsonNumber("executionId").longValue();
    }

    /** The execution with which {@code node} took part in the run, once its files satisfy {@code enough}. */
    private static long awaitShare(LaunchedServer on, long execution, String node, Predicate<Long> enough) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            JsonObject run = json(get(on, "/executions/" + execution));
            if (run.containsKey("sharing") && !run.isNull("sharing")) {
                for (JsonObject share : run.getJsonObject("sharing").getJsonArray("executions").getValuesAs(JsonObject.class)) {
                    if (share.getString("node").equals(node) && share.getJsonNumber("executionId").longValue() != execution
                            && enough.test(share.getJsonNumber("files").longValue())) {
                        return share.getJsonNumber("executionId").longValue();
                    }
                }
            }
            if (run.containsKey("endTime") && !run.isNull("endTime")) {
                throw new AssertionError(node + " took no share of the run before it ended: " + run);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(node + " took no share within " + BOUND + ": " + run);
            }
            Thread.sleep(100);
        }
    }

    private static long filesOf(LaunchedServer on, long execution, long share) throws Exception {
        return json(get(on, "/executions/" + execution)).getJsonObject("sharing").getJsonArray("executions")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getJsonNumber("executionId").longValue() == share)
                .findFirst().orElseThrow().getJsonNumber("files").longValue();
    }

    private static JsonObject awaitEnd(LaunchedServer node, long execution) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            JsonObject state = json(get(node, "/executions/" + execution));
            if (state.containsKey("endTime") && !state.isNull("endTime")) {
                return state;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + execution + " did not end within " + BOUND + ": " + state);
            }
            Thread.sleep(200);
        }
    }

    private static long latestExecution(LaunchedServer node) throws Exception {
        JsonObject page = json(get(node, "/executions?size=1"));
        return page.getJsonArray("executions").isEmpty() ? 0
                : page.getJsonArray("executions").getJsonObject(0).getJsonNumber("executionId").longValue();
    }

    private static long archivePages(LaunchedServer node) throws Exception {
        long latest = latestExecution(node);
        return latest == 0 ? 0 : json(get(node, "/executions/" + latest)).getJsonObject("archive").getJsonNumber("pages").longValue();
    }

    private static Connection archive() throws Exception {
        String host = System.getenv().getOrDefault("BAOKU_DB_HOST", "localhost");
        String port = System.getenv().getOrDefault("BAOKU_DB_PORT", "5432");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + ARCHIVE_DB,
                System.getenv().getOrDefault("BAOKU_DB_USER", "baoku"), System.getenv().getOrDefault("BAOKU_DB_PASSWORD", "baoku"));
    }

    private static HttpResponse<String> get(LaunchedServer node, String path) throws Exception {
        return HTTP.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(URI.create(node.api() + path)))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(LaunchedServer node, String path, String body) throws Exception {
        return send(node, path, "POST", body);
    }

    private static HttpResponse<String> put(LaunchedServer node, String path, String body) throws Exception {
        return send(node, path, "PUT", body);
    }

    private static HttpResponse<String> send(LaunchedServer node, String path, String method, String body) throws Exception {
        return HTTP.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(URI.create(node.api() + path)))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
