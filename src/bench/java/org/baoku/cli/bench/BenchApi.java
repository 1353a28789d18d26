package org.baoku.cli.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The bench's REST calls to the server it started: GET with its credentials, each answer with the
 * client-side wall time of its request (sent until the whole body is read), which is what a reader of
 * the API waits for. JSON is parsed after the clock stops.
 */
final class BenchApi {

    /** One answer: HTTP status, body and how long the request took. */
    record Answer(int status, String body, long nanos) {

        boolean ok() {
            return status / 100 == 2;
        }

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        double millis() {
            return nanos / 1e6;
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    /** @param base e.g. {@code http://localhost:8480/baoku/api} */
    BenchApi(String base, String authorization) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.authorization = authorization;
    }

    Answer get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), System.nanoTime() - started);
    }

    /** The answer as JSON; anything but 2xx is an error of the bench's run, with what the server said. */
    JsonObject json(String pathAndQuery) throws IOException, InterruptedException {
        Answer answer = get(pathAndQuery);
        if (!answer.ok()) {
            throw new IllegalStateException("GET " + base + pathAndQuery + " answered " + answer.status() + ": "
                    + answer.body());
        }
        return answer.json();
    }
}
