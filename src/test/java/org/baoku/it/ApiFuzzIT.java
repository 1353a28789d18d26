package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
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
 * Random and mutated requests against every endpoint of the API, as anonymous, viewer and operator: JSON
 * bodies (valid ones with a character dropped, doubled or changed, values swapped for random JSON, deep
 * nesting, huge numbers), query strings, path segments, methods, content types and accept headers. Every
 * answer: no 5xx, no stack trace, errors as the API's JSON. Anonymous and viewer change nothing (no 2xx
 * to a change, the executions and the schedule as before); an operator's change without a JSON body or
 * the API's header is refused. The server log stays free of ERROR lines. A bounded loop with a fixed seed
 * ({@code -Dbaoku.fuzz.seed}, {@code -Dbaoku.fuzz.requests}): a failure can be replayed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

    private static final long SEED = Long.getLong("baoku.fuzz.seed", 20261202L);
    private static final int REQUESTS = Integer.getInteger("baoku.fuzz.requests", 4000);
    private static final Duration BOUND = Duration.ofMinutes(4);

    private static final List<String> ENDPOINTS = List.of(
            "GET jobs", "GET jobs/{job}/parameters", "POST jobs/{job}",
            "GET executions", "GET executions/{id}", "GET executions/{id}/report",
            "POST executions/{id}/stop", "POST executions/{id}/restart", "POST executions/{id}/abandon",
            "GET schedule", "PUT schedule",
            "GET archive/publications", "GET archive/publications/{id}/issues", "GET archive/issues/{id}",
            "GET archive/pages/{id}", "GET archive/articles/{id}", "GET archive/contributors",
            "GET archive/contributors/{id}/articles", "GET archive/search", "GET archive/index");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "APPLICATION/JSON", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/xml", "garbage", "application/json; charset=klingon", "*/*", ";;", "");
    private static final List<String> ACCEPTS = List.of("application/json", "text/plain", "text/html",
            "application/xml", "*/*", "garbage", "application/json;q=0", "text/*, application/json;q=0.1");
    private static final List<String> QUERY_NAMES = List.of("status", "page", "size", "q", "from", "to", "offset",
            "limit", "sort", "publication", "reporter", "analysis", "name", "month", "x");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** A stack frame as Java prints it, or the names of the server's insides. */
    private static final Pattern INSIDES = Pattern.compile(
            "\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)|RESTEASY\\d|org\\.jboss\\.|java\\.lang\\.|jakarta\\.(ws|json|persistence|batch)\\.|Caused by:");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random = new Random(SEED);
    private final Set<Long> started = new ConcurrentSkipListSet<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private String inbox;
    private int sent;

    @Test
    void randomRequestsNeverBreakTheApiAndOnlyOperatorsChangeAnything() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
        inbox = TestInboxes.copyOf("management", false).toString();
        ServerLog log = ServerLog.mark(management.getControllerClient());
        ArchiveClient archive = new ArchiveClient(base.toString());
        try {
            String schedule = archive.read("schedule").toString();
            long executions = archive.read("executions?size=1").getJsonNumber("total").longValue();
            for (int i = 0; i < REQUESTS / 4; i++) {
                fuzz(random.nextBoolean() ? null : TestUsers.VIEWER);
            }
            assertEquals(schedule, archive.read("schedule").toString(), "anonymous and viewers changed the schedule");
            assertEquals(executions, archive.read("executions?size=1").getJsonNumber("total").longValue(),
                    "anonymous and viewers started a job");
            for (int i = 0; i < REQUESTS - REQUESTS / 4; i++) {
                fuzz(TestUsers.OPERATOR);
            }
        } finally {
            cleanUp(archive);
        }
        System.out.printf("ApiFuzzIT: %d requests (seed %d), answers by status %s, %d jobs started%n", sent, SEED,
                statuses, started.size());
        problems.forEach(problem -> System.out.println("ApiFuzzIT problem: " + problem));
        List<String> errors = log.linesSinceMark().stream().filter(line -> line.matches("^\\S+ \\S+ ERROR .*")).toList();
        assertTrue(problems.isEmpty(), problems.size() + " bad answers, the first: " + problems.subList(0, Math.min(10, problems.size())));
        assertTrue(errors.isEmpty(), "ERROR lines in the server log: " + errors.subList(0, Math.min(10, errors.size())));
        assertTrue(statuses.keySet().stream().anyMatch(s -> s.startsWith("2")), "some requests went through: " + statuses);
    }

    private void fuzz(String user) throws Exception {
        String[] endpoint = pick(ENDPOINTS).split(" ", 2);
        String method = random.nextInt(5) == 0 ? pick(METHODS) : endpoint[0];
        String path = path(endpoint[1]);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/" + path + query()))
                .timeout(Duration.ofSeconds(60));
        String body = READS.contains(method) && random.nextInt(4) != 0 ? null : body(endpoint[1]);
        String contentType = null;
        if (random.nextInt(6) != 0) {
            contentType = random.nextInt(3) == 0 ? pick(CONTENT_TYPES) : "application/json";
            if (!contentType.isEmpty()) {
                request.header("Content-Type", contentType);
            }
        }
        boolean marked = random.nextInt(3) == 0;
        if (marked) {
            request.header("X-Requested-By", pick(List.of("baoku-cli", "fuzz", "x")));
        }
        if (random.nextInt(3) == 0) {
            request.header("Accept", pick(ACCEPTS));
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send((user == null ? request : TestUsers.as(user, request)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        sent++;
        int status = answer.statusCode();
        statuses.merge(String.valueOf(status), 1, Integer::sum);
        String what = (user == null ? "anonymous" : user) + " " + method + " /" + path + " [" + contentType + "] "
                + shorter(body) + " → " + status + " " + shorter(answer.body());
        if (status >= 500) {
            problems.add("5xx: " + what);
        }
        if (INSIDES.matcher(answer.body()).find()) {
            problems.add("server insides in the answer: " + what);
        }
        if (status >= 400 && !"HEAD".equals(method) && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            try {
                JsonObject error = Json.createReader(new StringReader(answer.body())).readObject();
                if (error.getInt("status") != status || error.getString("message").isBlank()) {
                    problems.add("error without status and message: " + what);
                }
            } catch (RuntimeException e) {
                problems.add("error not the API's JSON: " + what);
            }
        }
        boolean change = !READS.contains(method);
        boolean jsonBody = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
        if (change && status / 100 == 2 && !TestUsers.OPERATOR.equals(user)) {
            problems.add("a change by someone who is not an operator: " + what);
        }
        if (change && status / 100 == 2 && !jsonBody && !marked) {
            problems.add("a change without a JSON body or the API's header: " + what);
        }
        if (status == 202 && answer.body().contains("executionId")) {
            Matcher id = Pattern.compile("\"executionId\":(\\d+)").matcher(answer.body());
            if (id.find()) {
                started.add(Long.parseLong(id.group(1)));
            }
        }
    }

    private String path(String template) {
        String path = template
                .replace("{job}", random.nextInt(3) == 0 ? segment() : pick(List.of("archive-import", "purge-history",
                        "reindex-archive")))
                .replace("{id}", random.nextInt(3) == 0 ? segment() : id());
        return switch (random.nextInt(12)) {
            case 0 -> path + "/";
            case 1 -> path + "/" + segment();
            case 2 -> segment() + "/" + path;
            case 3 -> path.replaceFirst("/[^/]*$", "/" + segment());
            default -> path;
        };
    }

    private String id() {
        if (!started.isEmpty() && random.nextBoolean()) {
            return String.valueOf(new ArrayList<>(started).get(random.nextInt(started.size())));
        }
        return pick(List.of("0", "1", "2", "-1", "9223372036854775807", "9223372036854775808", "99999999", "1e3",
                "0x10", "%20", "abc", "1.5", "%2e%2e", "%00"));
    }

    /** A random path segment, percent-encoded where it must be. */
    private String segment() {
        String raw = pick(List.of("", "..", ".", "报库", "<script>", "'; drop table page; --", "%", "a b", "null",
                "archive-import ", "ARCHIVE-IMPORT", "x".repeat(300), randomText(8)));
        return encode(raw);
    }

    private String query() {
        if (random.nextInt(3) != 0) {
            return "";
        }
        StringBuilder query = new StringBuilder("?");
        for (int i = random.nextInt(4); i >= 0; i--) {
            query.append(encode(pick(QUERY_NAMES))).append('=').append(encode(value())).append('&');
        }
        return query.substring(0, query.length() - 1);
    }

    private String value() {
        return pick(List.of("0", "-1", "20", "200", "201", "2147483648", "abc", "", " ", "2024-13-45", "2024-03-11",
                "STARTED", "started", "FAILED", "\"青川港\" -集装箱", "\"", "-", "date", "-date", "relevance", "*", "?",
                "(", "报".repeat(500), randomText(12)));
    }

    /** A body for the endpoint: a valid one, one of it mutated, or random JSON or text. */
    private String body(String template) {
        List<String> valid = template.startsWith("schedule")
                ? List.of("{\"enabled\": false, \"expression\": \"0 2 * * *\"}",
                        "{\"enabled\": true, \"expression\": \"0 2 1 1 *\", \"inbox\": \"" + inbox + "\"}")
                : template.startsWith("jobs")
                        ? List.of("{\"inbox\": \"" + inbox + "\", \"settleSeconds\": \"0\", \"chunkSize\": \"5\"}",
                                "{\"days\": \"36500\"}", "{}", "{\"inbox\": \"" + inbox + "\", \"partitions\": 2}")
                        : List.of("{}", "");
        return switch (random.nextInt(6)) {
            case 0 -> pick(valid);
            case 1 -> randomJson(random.nextInt(4)).toString();
            case 2 -> pick(List.of("[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                    "{\"chunkSize\": 1" + "0".repeat(400) + "}", "\"text\"", "null", "true", "12", "{inbox:", "\uFEFF{}",
                    "{\"inbox\": \"\\ud800\"}", "{\"a\":1,\"a\":2}", randomText(40)));
            default -> mutate(pick(valid));
        };
    }

    private String mutate(String json) {
        StringBuilder text = new StringBuilder(json);
        for (int i = random.nextInt(3); i >= 0; i--) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length());
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (text.length() > 0) {
                        text.deleteCharAt(at);
                    }
                }
                case 1 -> text.insert(at, pick(List.of("{", "}", "[", "]", "\"", ",", ":", "\\", "0", "-", " ", "报")));
                case 2 -> {
                    if (text.length() > 0) {
                        text.setCharAt(at, (char) (32 + random.nextInt(95)));
                    }
                }
                case 3 -> text.setLength(at);
                case 4 -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(20))));
                default -> {
                    String[] keys = {"chunkSize", "chunksize", "partitions", "settleSeconds", "maxFileBytes", "rejectLimit",
                            "retryLimit", "indexChunkSize", "include", "exclude", "publication", "quarantine", "reports",
                            "days", "enabled", "expression", "inbox", "x"};
                    text.insert(text.length() == 0 ? 0 : Math.max(1, Math.min(at, text.length())), "\"" + pick(List.of(keys)) + "\": "
                            + randomJson(1) + ",");
                }
            }
        }
        return text.toString();
    }

    private JsonValue randomJson(int depth) {
        int kind = depth <= 0 ? random.nextInt(5) : random.nextInt(7);
        return switch (kind) {
            case 0 -> Json.createValue(randomText(random.nextInt(10)));
            case 1 -> Json.createValue(pick(List.of(-5L, 0L, 1L, 60L, Long.MAX_VALUE, Long.MIN_VALUE, (long) random.nextInt())));
            case 2 -> Json.createValue(pick(List.of(1e99, -0.5, 3.14, 1e-300)));
            case 3 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case 4 -> JsonValue.NULL;
            case 5 -> {
                var array = Json.createArrayBuilder();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomJson(depth - 1));
                }
                yield array.build();
            }
            default -> {
                var object = Json.createObjectBuilder();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.add(random.nextBoolean() ? randomText(5) : pick(List.of("inbox", "chunkSize", "enabled",
                            "expression", "days")), randomJson(depth - 1));
                }
                yield object.build();
            }
        };
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.appendCodePoint(kind < 6 ? 32 + random.nextInt(95) : kind < 8 ? 0x4E00 + random.nextInt(0x5000)
                    : kind < 9 ? random.nextInt(32) : 0x1F600 + random.nextInt(80));
        }
        return text.toString();
    }

    /** Every started job ended (stopped if it must), the schedule off, the search index rebuilt for the tests after. */
    private void cleanUp(ArchiveClient archive) throws Exception {
        HttpResponse<String> off = http.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(URI.create(base + "api/schedule")))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\": false, \"expression\": \"0 2 * * *\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, off.statusCode(), off.body());
        JsonObject recent = archive.read("executions?size=200");
        recent.getJsonArray("executions").forEach(e -> {
            JsonObject execution = e.asJsonObject();
            if (!execution.containsKey("endTime") || execution.isNull("endTime")) {
                started.add(execution.getJsonNumber("executionId").longValue());
            }
        });
        for (long execution : started) {
            archive.awaitEnd(execution, BOUND);
        }
        archive.run("reindex-archive", "{}", BOUND);
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    private static String shorter(String text) {
        if (text == null) {
            return "(no body)";
        }
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
