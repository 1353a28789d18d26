package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Import figures reach the server's Prometheus endpoint, as an operator's monitoring scrapes them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    private static final Duration BOUND = Duration.ofMinutes(3);
    private static final Pattern REJECTED = Pattern.compile("baoku_files_total\\{[^}]*outcome=\"REJECTED\"[^}]*} ([0-9.E]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    ManagementClient management;

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anImportRunCountsItsFilesByOutcomeAndItsRun() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
        double rejectedBefore = rejectedFiles();

        String body = "{\"inbox\": \"" + TestInboxes.copyOf("management", false) + "\", \"settleSeconds\": \"0\"}";
        HttpResponse<String> started = http.send(TestUsers.as(TestUsers.OPERATOR,
                        HttpRequest.newBuilder(URI.create(base + "api/jobs/archive-import")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        long execution = Json.createReader(new StringReader(started.body())).readObject()
                .getJsonNumber("executionId").longValue();
        awaitEnd(execution);

        String scrape = prometheus();
        assertEquals(rejectedBefore + 1, rejectedFiles(), "the run's empty file is counted as rejected");
        assertTrue(scrape.contains("baoku_runs_total{") && scrape.contains("exit_status=\"COMPLETED_WITH_REJECTS\""), scrape);
        assertTrue(scrape.contains("baoku_import_duration_seconds_count"), scrape);
    }

    private double rejectedFiles() throws Exception {
        Matcher m = REJECTED.matcher(prometheus());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private String prometheus() throws Exception {
        URI uri = URI.create("http://" + management.getMgmtAddress() + ":" + management.getMgmtPort() + "/prometheus");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private void awaitEnd(long execution) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            HttpResponse<String> response = http.send(TestUsers.as(TestUsers.VIEWER,
                    HttpRequest.newBuilder(URI.create(base + "api/executions/" + execution))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObject state = Json.createReader(new StringReader(response.body())).readObject();
            if (state.containsKey("endTime") && !state.isNull("endTime")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + execution + " did not end within " + BOUND);
            }
            Thread.sleep(200);
        }
    }
}
