package org.baoku.cli.operate;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;

/**
 * The baoku REST API as the operator commands use it: JSON requests with BASIC credentials (sent with
 * every request), answers as JSON, and every way a request can go wrong turned into an
 * {@link ApiException} whose message says what to do and whose exit code fits (see {@link ExitCodes}).
 */
public final class ApiClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    /** An answer: the body as the server wrote it (for {@code --json}) and as JSON. */
    public record Reply(int status, String body, JsonStructure json) {

        public JsonObject object() {
            return json.asJsonObject();
        }
    }

    private final URI base;
    private final String user;
    private final String authorization;
    private final HttpClient http;

    /**
     * @param base API base, e.g. {@code http://localhost:8080/baoku/api} (a trailing slash is optional)
     */
    public ApiClient(URI base, String user, char[] password) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.user = user;
        byte[] credentials = (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials);
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) throws ApiException {
        return send("GET", path, null);
    }

    public Reply post(String path, JsonObject body) throws ApiException {
        return send("POST", path, body);
    }

    public Reply put(String path, JsonObject body) throws ApiException {
        return send("PUT", path, body);
    }

    private Reply send(String method, String path, JsonObject body) throws ApiException {
        URI uri = base.resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                // the API refuses changes without it or a JSON body (CrossSiteRequestFilter): stop and restart have none
                .header("X-Requested-By", "baoku-cli");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else if ("GET".equals(method)) {
            request.GET();
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw unreachable(e);
        } catch (HttpTimeoutException e) {
            throw new ApiException(ExitCodes.CONNECTION_OR_AUTH, "the baoku API at " + base + " did not answer "
                    + method + " /" + path + " within " + REQUEST_TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ExitCodes.NOT_COMPLETED, "interrupted", e);
        }
        return reply(method, path, response.statusCode(), response.body());
    }

    private ApiException unreachable(IOException e) {
        String cause = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                : e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName();
        return new ApiException(ExitCodes.CONNECTION_OR_AUTH, "cannot reach the baoku API at " + base + " (" + cause
                + "): is the server running, and is --url (or " + Environment.URL + ") right?", e);
    }

    /** The answer, or the exception that says what went wrong; visible for tests of the messages. */
    Reply reply(String method, String path, int status, String body) throws ApiException {
        JsonStructure json = parse(body);
        if (status >= 200 && status < 300) {
            if (json == null) {
                throw new ApiException(ExitCodes.CONNECTION_OR_AUTH, status, method + " " + base + path
                        + " answered " + status + " without JSON: is --url (or " + Environment.URL
                        + ") the API base, e.g. http://localhost:8080/baoku/api?");
            }
            return new Reply(status, body, json);
        }
        String request = method + " /" + path;
        if (status == 401) {
            throw new ApiException(ExitCodes.CONNECTION_OR_AUTH, status, "the server refused the credentials of user '"
                    + user + "' (401 Unauthorized): check --user (or " + Environment.USER + ") and the password ("
                    + Environment.PASSWORD + " or --password-file)");
        }
        if (status == 403) {
            String role = "GET".equals(method) ? "viewer" : "operator";
            throw new ApiException(ExitCodes.CONNECTION_OR_AUTH, status, "user '" + user + "' may not " + request
                    + " (403 Forbidden): that needs the " + role + " role (bin/baoku-user add NAME --role " + role + ")");
        }
        String message = json instanceof JsonObject error && error.get("message") instanceof JsonString m
                ? m.getString() : null;
        if (status == 503) {
            // the server is up but cannot reach its database (a restart, an outage): worth trying again
            throw new ApiException(ExitCodes.CONNECTION_OR_AUTH, status, (message != null ? message
                    : "the server is unavailable") + " (503 on " + request + ")");
        }
        if (message == null) {
            // not an answer of the API: the URL leads to some other application or page
            throw new ApiException(status == 404 ? ExitCodes.CONNECTION_OR_AUTH : ExitCodes.NOT_COMPLETED, status,
                    request + " at " + base + " answered HTTP " + status + (status == 404
                            ? ": is --url (or " + Environment.URL + ") the API base, e.g. http://localhost:8080/baoku/api?"
                            : ""));
        }
        int exit = status == 400 || status == 404 ? ExitCodes.USAGE : ExitCodes.NOT_COMPLETED;
        throw new ApiException(exit, status, message + " (" + status + " on " + request + ")");
    }

    private static JsonStructure parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        } catch (JsonException e) {
            return null;
        }
    }
}
