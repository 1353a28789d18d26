package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The REST API as a client test uses it: jobs started and followed to their end, the archive and its
 * search read as a viewer. {@code base} is the application's URL, e.g. {@code http://127.0.0.1:8080/baoku/}.
 */
final class ArchiveClient {

    private static final Duration REQUEST_BOUND = Duration.ofMinutes(1);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ArchiveClient(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** GET as {@code user} (null: anonymous); the raw response. */
    HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/" + path)).timeout(REQUEST_BOUND);
        return http.send((user == null ? request : TestUsers.as(user, request)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET as the viewer, expecting 200. */
    JsonObject read(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(TestUsers.VIEWER, path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return json(response.body());
    }

    /** {@code search?…} with the given name=value pairs, URL-encoded. */
    JsonObject search(String... parameters) throws IOException, InterruptedException {
        return read("archive/search?" + query(parameters));
    }

    /** The ids of every hit of a search (paged through, 100 at a time). */
    Set<Long> allHits(String... parameters) throws IOException, InterruptedException {
        Set<Long> ids = new LinkedHashSet<>();
        for (int offset = 0; ; offset += 100) {
            List<String> paged = new ArrayList<>(List.of(parameters));
            paged.addAll(List.of("limit", "100", "offset", String.valueOf(offset)));
            JsonObject result = search(paged.toArray(String[]::new));
            result.getJsonArray("hits").forEach(hit -> ids.add(hit.asJsonObject().getJsonNumber("articleId").longValue()));
            if (offset + 100 >= result.getJsonNumber("total").longValue()) {
                return ids;
            }
        }
    }

    static List<Long> hitIds(JsonObject result) {
        return result.getJsonArray("hits").stream()
                .map(hit -> hit.asJsonObject().getJsonNumber("articleId").longValue()).toList();
    }

    JsonObject index() throws IOException, InterruptedException {
        return read("archive/index");
    }

    /** Starts a job as the operator; its execution id. */
    long start(String job, String body) throws IOException, InterruptedException {
        HttpResponse<String> started = http.send(TestUsers.as(TestUsers.OPERATOR,
                        HttpRequest.newBuilder(URI.create(base + "api/jobs/" + job)))
                .timeout(REQUEST_BOUND).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        return json(started.body()).getJsonNumber("executionId").longValue();
    }

    /** Polls the execution until it has an end time; its view. */
    JsonObject awaitEnd(long execution, Duration bound) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            JsonObject state = read("executions/" + execution);
            if (state.containsKey("endTime") && state.get("endTime").getValueType() != JsonValue.ValueType.NULL) {
                return state;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + execution + " did not end within " + bound + ": " + state);
            }
            Thread.sleep(200);
        }
    }

    /** Starts a job and waits for it to complete. */
    JsonObject run(String job, String body, Duration bound) throws IOException, InterruptedException {
        JsonObject end = awaitEnd(start(job, body), bound);
        assertEquals("COMPLETED", end.getString("batchStatus"), end.toString());
        return end;
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static String query(String... parameters) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < parameters.length; i += 2) {
            if (i > 0) {
                query.append('&');
            }
            query.append(parameters[i]).append('=').append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }
}
