package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

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

/**
 * What a new user gets wrong, answered as the client's mistake: malformed or ill-typed JSON is a 400
 * that says what is wrong (no 5xx, no class names), an oversized body 413, job parameters out of their
 * rules a 400 naming them — and a start from the management model (HAL, jboss-cli) with a wrong
 * parameter fails in its first step, before scanning, with an exit status that names it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiRequestRulesIT {

    private static final Duration BOUND = Duration.ofMinutes(2);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void users() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
    }

    @Test
    void malformedOrIllTypedJsonIsA400ThatSaysWhatIsWrong() throws Exception {
        HttpResponse<String> malformed = send("POST", "jobs/archive-import", "{inbox:");
        assertClientError(400, malformed);
        assertTrue(message(malformed).startsWith("the body is not well-formed JSON (line 1, column"), malformed.body());

        HttpResponse<String> array = send("POST", "jobs/archive-import", "[{\"inbox\": \"/data\"}]");
        assertClientError(400, array);
        assertTrue(message(array).startsWith("job parameters are a JSON object, not an array"), array.body());

        HttpResponse<String> nested = send("POST", "jobs/archive-import", "{\"inbox\": {\"path\": \"/data\"}}");
        assertClientError(400, nested);
        assertEquals("job parameter 'inbox' must be a string or a number, not an object", message(nested));

        String deep = "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
        assertClientError(400, send("POST", "jobs/archive-import", deep));
        assertClientError(400, send("PUT", "schedule", deep));
        assertClientError(400, send("PUT", "schedule", "[".repeat(5000) + "]".repeat(5000)));

        // the schedule is read as JSON-P: its reader's errors go through MalformedJsonMapper
        assertClientError(400, send("PUT", "schedule", "{\"enabled\": tru"));
        assertClientError(400, send("PUT", "schedule", "[]"));
        HttpResponse<String> wrongType = send("PUT", "schedule", "{\"enabled\": \"yes\", \"expression\": \"0 2 * * *\"}");
        assertClientError(400, wrongType);
        assertTrue(message(wrongType).contains("'enabled'"), wrongType.body());
    }

    @Test
    void theIssuesParametersAreRefusedAtSubmissionNamingTheParameter() throws Exception {
        String inbox = TestInboxes.copyOf("management", false).toString();
        String[][] cases = {
                {"\"chunkSize\": \"-5\"", "job parameter 'chunkSize' must be a whole number from 1 to 10000, not -5"},
                {"\"partitions\": \"abc\"", "job parameter 'partitions' must be a whole number from 1 to 64, not 'abc'"},
                {"\"settleSeconds\": \"1e99\"", "job parameter 'settleSeconds' must be a whole number from 0 to 604800, not '1e99'"},
                {"\"settleSeconds\": 1e99", "job parameter 'settleSeconds' must be a whole number from 0 to 604800, not '1E+99'"},
                {"\"chunksize\": \"100\"", "unknown job parameter 'chunksize' (did you mean 'chunkSize'?); archive-import takes "
                        + "inbox, include, exclude, settleSeconds, quarantine, reports, maxFileBytes, publication, partitions, "
                        + "chunkSize, rejectLimit, retryLimit, outageLimitSeconds, indexChunkSize"},
        };
        long before = executions();
        for (String[] c : cases) {
            HttpResponse<String> refused = send("POST", "jobs/archive-import", "{\"inbox\": \"" + inbox + "\", " + c[0] + "}");
            assertClientError(400, refused);
            assertEquals(c[1], message(refused), c[0]);
        }
        assertClientError(400, send("POST", "jobs/purge-history", "{\"days\": 0}"));
        assertClientError(400, send("POST", "jobs/reindex-archive", "{\"inbox\": \"" + inbox + "\"}"));
        assertEquals(before, executions(), "no refused start left an execution behind");

        // numbers may be JSON numbers; a good start still starts
        HttpResponse<String> started = send("POST", "jobs/archive-import",
                "{\"inbox\": \"" + inbox + "\", \"settleSeconds\": 0, \"chunkSize\": 5, \"publication\": null}");
        assertEquals(202, started.statusCode(), started.body());
        awaitEnd(json(started.body()).getJsonNumber("executionId").longValue());
    }

    @Test
    void theParameterRulesAreReadableAndInTheOpenApiDocument() throws Exception {
        HttpResponse<String> parameters = send("GET", "jobs/archive-import/parameters", null);
        assertEquals(200, parameters.statusCode(), parameters.body());
        JsonObject chunkSize = Json.createReader(new StringReader(parameters.body())).readArray().stream()
                .map(v -> v.asJsonObject()).filter(p -> p.getString("name").equals("chunkSize")).findFirst().orElseThrow();
        assertEquals(1, chunkSize.getInt("min"));
        assertEquals(10000, chunkSize.getInt("max"));
        assertEquals("200", chunkSize.getString("defaultValue"));
        assertClientError(404, send("GET", "jobs/nope/parameters", null));

        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(base.toURI().resolve("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        JsonObject schemas = json(openapi.body()).getJsonObject("components").getJsonObject("schemas");
        JsonObject importSchema = schemas.getJsonObject("archive-import-parameters");
        assertEquals(10000, importSchema.getJsonObject("properties").getJsonObject("chunkSize").getInt("maximum"),
                importSchema.toString());
        assertEquals("inbox", importSchema.getJsonArray("required").getString(0));
        assertTrue(schemas.containsKey("purge-history-parameters") && schemas.containsKey("reindex-archive-parameters"));
    }

    @Test
    void oversizedBodiesAre413WithOrWithoutALength() throws Exception {
        String huge = "{\"inbox\": \"" + "x".repeat(100 * 1024) + "\"}";
        assertClientError(413, send("POST", "jobs/archive-import", huge));
        HttpResponse<String> chunked = http.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(api("jobs/archive-import")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertClientError(413, chunked);
        assertClientError(413, send("PUT", "schedule", huge));
    }

    @Test
    void wrongQueryAndPathValuesAreClientErrorsInTheClientsTerms() throws Exception {
        assertClientError(400, send("GET", "executions?page=abc", null));
        assertClientError(400, send("GET", "executions?size=0", null));
        assertClientError(400, send("GET", "executions?status=%00", null));
        HttpResponse<String> notANumber = send("GET", "executions/abc", null);
        assertClientError(404, notANumber);
        assertTrue(message(notANumber).startsWith("nothing at /executions/abc"), notANumber.body());
        HttpResponse<String> method = send("DELETE", "executions/1", null);
        assertClientError(405, method);
        assertClientError(405, send("PATCH", "../index.html", null)); // the dashboard's files: not a 501
        HttpResponse<String> type = http.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(api("jobs/archive-import")))
                .header("Content-Type", "text/plain").header("X-Requested-By", "test")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertClientError(415, type);
    }

    @Test
    void aManagementStartWithAWrongParameterFailsInItsFirstStepNamingIt() throws Exception {
        Path inbox = TestInboxes.copyOf("management", false);
        ModelNode start = Operations.createOperation("start-job",
                Operations.createAddress("deployment", "baoku.war", "subsystem", "batch-jberet"));
        start.get("job-xml-name").set("archive-import");
        start.get("properties").get("inbox").set(inbox.toString());
        start.get("properties").get("chunkSize").set("-5");
        start.get("properties").get("settleSeconds").set("1e99");
        ModelNode result = management.getControllerClient().execute(start);
        assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
        long execution = Operations.readResult(result).asLong();

        JsonObject ended = awaitEnd(execution);
        assertEquals("FAILED", ended.getString("batchStatus"), ended.toString());
        assertEquals("INVALID_PARAMETERS: job parameter 'chunkSize' must be a whole number from 1 to 10000, not -5; "
                + "job parameter 'settleSeconds' must be a whole number from 0 to 604800, not '1e99'",
                ended.getString("exitStatus"));
        List<String> steps = ended.getJsonArray("steps").stream().map(s -> s.asJsonObject().getString("name")).toList();
        assertEquals(List.of("check-parameters"), steps, "nothing ran after the check: no scan, no import");
        assertEquals(0, ended.getJsonObject("progress").getInt("total"), "no manifest");

        // the restart checks again: fixed parameters cannot come through the API's restart, so it fails the same way
        HttpResponse<String> restarted = send("POST", "executions/" + execution + "/restart", "");
        assertEquals(202, restarted.statusCode(), restarted.body());
        JsonObject again = awaitEnd(json(restarted.body()).getJsonNumber("executionId").longValue());
        assertEquals(ended.getString("exitStatus"), again.getString("exitStatus"), "the same check, nothing of JBeret's own");
    }

    private long executions() throws Exception {
        HttpResponse<String> list = send("GET", "executions?size=1", null);
        return json(list.body()).getJsonNumber("total").longValue();
    }

    private JsonObject awaitEnd(long execution) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            JsonObject state = json(send("GET", "executions/" + execution, null).body());
            if (state.containsKey("endTime") && !state.isNull("endTime")) {
                return state;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + execution + " did not end: " + state);
            }
            Thread.sleep(100);
        }
    }

    /** A client error as the API writes all errors: JSON status and message, nothing of the server's insides. */
    static void assertClientError(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = json(response.body());
        assertEquals(status, error.getInt("status"), response.body());
        assertFalse(error.getString("message").isBlank());
        for (String inside : List.of("RESTEASY", "jakarta.", "java.", "org.", "Exception", "yasson", "\tat ")) {
            assertFalse(response.body().contains(inside), inside + " in " + response.body());
        }
    }

    private static String message(HttpResponse<String> response) {
        return json(response.body()).getString("message");
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(api(path)))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        } else {
            request.header("X-Requested-By", "test");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI api(String path) {
        return URI.create(base + "api/" + path);
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
