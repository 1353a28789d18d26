package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import com.sun.net.httpserver.HttpServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * No other web site can act in the name of a signed-in operator (CSRF), and every answer carries the
 * security headers. In headless Chromium: the operator signs in to the dashboard (BASIC, cached by the
 * browser), then opens a page of another origin that tries to abandon a FAILED execution with a form
 * POST, a no-cors fetch, a JSON fetch and a fetch with the API's header; the execution stays FAILED, and
 * the form's answer (403, not 401) shows the browser did send the operator's credentials. With
 * java.net.http: the content-type and header rule, Origin, and CORS preflights.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestIT {

    private static final Duration BOUND = Duration.ofMinutes(2);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    URL application;

    @ArquillianResource
    ManagementClient management;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void users() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
    }

    @Test
    void aPageOfAnotherOriginCannotActForASignedInOperator() throws Exception {
        long execution = failedExecution();
        String abandon = application + "api/executions/" + execution + "/abandon";
        ServerLog log = ServerLog.mark(management.getControllerClient());
        HttpServer otherSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        otherSite.createContext("/", exchange -> {
            byte[] page = attackPage(abandon).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        otherSite.start();
        // "localhost" against the application's 127.0.0.1: another origin and another site
        String attacker = "http://localhost:" + otherSite.getAddress().getPort() + "/prize.html";
        try (HeadlessChromium chromium = HeadlessChromium.start(BOUND)) {
            WebDriver browser = chromium.driver();
            try {
                browser.get(HeadlessChromium.signedIn(application, TestUsers.OPERATOR));
                chromium.await("the dashboard lists executions", d -> !d.findElements(
                        By.cssSelector("#executions tbody tr[data-execution-id]")).isEmpty()
                        || !d.findElements(By.cssSelector("#executions tbody tr th a")).isEmpty());

                browser.get(attacker);
                String results = chromium.await("the other site's fetches finished",
                        d -> d.findElement(By.tagName("body")).getAttribute("data-results"));
                JsonObject fetches = Json.createReader(new StringReader(results)).readObject();
                assertEquals("sent", fetches.getString("noCors"), results); // opaque: sent, its answer unreadable
                assertEquals("blocked", fetches.getString("json"), results); // the preflight was not granted
                assertEquals("blocked", fetches.getString("header"), results);
                assertEquals("FAILED", status(execution), "no fetch of the other site abandoned the execution");

                browser.findElement(By.id("claim")).click(); // the form POST, a top-level navigation
                String answer = chromium.await("the form's answer", d -> d.getCurrentUrl().startsWith(abandon)
                        ? d.findElement(By.tagName("body")).getText() : null);
                assertTrue(answer.contains("\"status\":403"), answer);
                assertTrue(answer.contains("may not change anything"), answer);
                assertEquals("FAILED", status(execution), "the form did not abandon the execution");
            } catch (Throwable failure) {
                chromium.keepFailure("cross-site-failure");
                throw failure;
            }
        } finally {
            otherSite.stop(0);
        }
        List<String> refusals = log.linesSinceMark().stream()
                .filter(line -> line.contains("refused cross-site POST /baoku/api/executions/" + execution + "/abandon"))
                .toList();
        assertFalse(refusals.isEmpty(), "the server refused the other site's requests itself");
        assertTrue(refusals.stream().allMatch(line -> line.contains("as " + TestUsers.OPERATOR)),
                "the browser sent the operator's credentials along: " + refusals);

        // the same request from the API's own client works: the attempts above were real
        HttpResponse<String> own = send(TestUsers.OPERATOR, "POST", "executions/" + execution + "/abandon",
                "application/json", null, "{}");
        assertEquals(200, own.statusCode(), own.body());
        assertEquals("ABANDONED", status(execution));
    }

    @Test
    void aChangeNeedsAJsonBodyOrTheApisHeaderAndNoOtherOrigin() throws Exception {
        String stop = "executions/999999999/stop"; // no such execution: past the filter, the API answers 404
        assertEquals(403, send(TestUsers.OPERATOR, "POST", stop, null, null, null).statusCode());
        assertEquals(403, send(TestUsers.OPERATOR, "POST", stop, "text/plain", null, "{}").statusCode());
        assertEquals(403, send(TestUsers.OPERATOR, "POST", stop, "application/x-www-form-urlencoded", null, "a=b").statusCode());
        assertEquals(403, send(TestUsers.OPERATOR, "POST", stop, "multipart/form-data; boundary=x", null, "--x--").statusCode());
        HttpResponse<String> refused = send(TestUsers.OPERATOR, "PUT", "schedule", "text/plain", null,
                "{\"enabled\": false, \"expression\": \"0 2 * * *\"}");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("X-Requested-By"), refused.body());

        assertEquals(404, send(TestUsers.OPERATOR, "POST", stop, null, "baoku-cli", null).statusCode());
        assertEquals(404, send(TestUsers.OPERATOR, "POST", stop, "application/json", null, "").statusCode());
        assertEquals(404, send(TestUsers.OPERATOR, "POST", stop, "Application/JSON; charset=utf-8", null, "{}").statusCode());

        // a browser's Origin of another site is refused even with a JSON body; its own origin is not
        HttpResponse<String> foreign = http.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(api(stop)))
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode(), foreign.body());
        String own = application.getProtocol() + "://" + application.getHost() + ":" + application.getPort();
        HttpResponse<String> same = http.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(api(stop)))
                .header("Content-Type", "application/json").header("Origin", own)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, same.statusCode(), same.body());

        // anonymous and viewers are refused before any of this
        assertEquals(401, send(null, "POST", stop, "application/json", null, "{}").statusCode());
        assertEquals(403, send(TestUsers.VIEWER, "POST", stop, "application/json", null, "{}").statusCode());
    }

    @Test
    void theApiAnswersNoCorsPreflight() throws Exception {
        for (String user : new String[] {null, TestUsers.OPERATOR}) {
            for (String path : List.of("executions/1/stop", "jobs/archive-import", "schedule")) {
                HttpRequest.Builder preflight = HttpRequest.newBuilder(api(path))
                        .header("Origin", "http://evil.example")
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type, x-requested-by")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
                HttpResponse<String> answer = http.send((user == null ? preflight : TestUsers.as(user, preflight)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(answer.statusCode() == 401 || answer.statusCode() == 403, path + ": " + answer.statusCode());
                assertTrue(answer.headers().map().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("access-control-")),
                        path + ": " + answer.headers().map());
            }
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                http.send(TestUsers.as(TestUsers.VIEWER, HttpRequest.newBuilder(URI.create(application.toString()))).build(),
                        HttpResponse.BodyHandlers.ofString()),
                http.send(TestUsers.as(TestUsers.VIEWER, HttpRequest.newBuilder(URI.create(application + "dashboard.js"))).build(),
                        HttpResponse.BodyHandlers.ofString()),
                send(TestUsers.VIEWER, "GET", "executions", null, null, null),
                send(TestUsers.VIEWER, "GET", "executions?page=x", null, null, null),
                send(TestUsers.OPERATOR, "POST", "executions/1/stop", "text/plain", null, "x"));
        assertEquals(List.of(200, 200, 200, 400, 403), answers.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> answer : answers) {
            String where = answer.uri() + " " + answer.statusCode();
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self'"), where + ": " + policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), where + ": " + policy);
            assertTrue(policy.contains("default-src 'none'"), where + ": " + policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), where + ": " + policy);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), where);
            assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(null), where);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null), where);
        }
        assertFalse(answers.get(0).body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "no inline script in index.html");
        assertFalse(answers.get(0).body().contains(" style="), "no inline style in index.html");
    }

    /** A page another site could serve: a form and three fetches against the operator's session. */
    private static String attackPage(String target) {
        return """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>You won!</title></head>
                <body>
                <form method="POST" action="%1$s" enctype="text/plain">
                  <input type="hidden" name='{"a":"' value='"}'>
                  <button id="claim" type="submit">Claim your prize</button>
                </form>
                <script>
                (async () => {
                  const results = {};
                  try {
                    await fetch('%1$s', {method: 'POST', mode: 'no-cors', credentials: 'include',
                      headers: {'Content-Type': 'text/plain'}, body: '{}'});
                    results.noCors = 'sent';
                  } catch (e) { results.noCors = 'error ' + e; }
                  try {
                    const r = await fetch('%1$s', {method: 'POST', credentials: 'include',
                      headers: {'Content-Type': 'application/json'}, body: '{}'});
                    results.json = 'answered ' + r.status;
                  } catch (e) { results.json = 'blocked'; }
                  try {
                    const r = await fetch('%1$s', {method: 'POST', credentials: 'include',
                      headers: {'X-Requested-By': 'prize'}});
                    results.header = 'answered ' + r.status;
                  } catch (e) { results.header = 'blocked'; }
                  document.body.dataset.results = JSON.stringify(results);
                })();
                </script>
                </body></html>
                """.formatted(target);
    }

    /** An execution that FAILED at once: started through the management model with a wrong parameter. */
    private long failedExecution() throws Exception {
        ModelNode start = Operations.createOperation("start-job",
                Operations.createAddress("deployment", "baoku.war", "subsystem", "batch-jberet"));
        start.get("job-xml-name").set("archive-import");
        start.get("properties").get("inbox").set(TestInboxes.copyOf("management", false).toString());
        start.get("properties").get("chunkSize").set("0");
        ModelNode result = management.getControllerClient().execute(start);
        assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
        long execution = Operations.readResult(result).asLong();
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!"FAILED".equals(status(execution))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + execution + " did not fail: " + status(execution));
            }
            Thread.sleep(100);
        }
        return execution;
    }

    private String status(long execution) throws Exception {
        HttpResponse<String> answer = send(TestUsers.VIEWER, "GET", "executions/" + execution, null, null, null);
        return answer.statusCode() == 200
                ? Json.createReader(new StringReader(answer.body())).readObject().getString("batchStatus") : "NOT_YET";
    }

    private HttpResponse<String> send(String user, String method, String path, String contentType, String requestedBy,
                                      String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (requestedBy != null) {
            request.header("X-Requested-By", requestedBy);
        }
        return http.send((user == null ? request : TestUsers.as(user, request)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI api(String path) {
        return URI.create(application + "api/" + path);
    }
}
