package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what through the REST API: nobody anonymous, viewers read, operators start jobs, and only
 * over inboxes under the allowed roots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    ManagementClient management;

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void users() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.toURI().resolve("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/baoku/api/executions/{id}"), response.body());
        assertTrue(response.body().contains("/baoku/api/jobs/{job}"), response.body());
    }

    @Test
    void anonymousRequestsAreRefusedWith401() throws Exception {
        HttpResponse<String> response = send(null, get("api/executions"));
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void aViewerReadsButMayNotStartAJob() throws Exception {
        assertEquals(200, send(TestUsers.VIEWER, get("api/executions")).statusCode());
        assertEquals(200, send(TestUsers.VIEWER, get("api/schedule")).statusCode());
        assertEquals(403, send(TestUsers.VIEWER, start("{\"inbox\": \"" + inbox() + "\"}")).statusCode());
    }

    @Test
    void anOperatorStartsAJobOverAnInboxUnderTheAllowedRoots() throws Exception {
        HttpResponse<String> response = send(TestUsers.OPERATOR, start("{\"inbox\": \"" + inbox() + "\"}"));
        assertEquals(202, response.statusCode(), response.body());
        assertTrue(response.body().matches("\\{\"executionId\":\\d+}"), response.body());
        awaitEnd(response.body().replaceAll("\\D", ""));
    }

    /**
     * A test leaves no job running behind it when its deployment goes: a job the undeployment stops can leave its
     * batch thread holding the old deployment's persistence context, and every later job on that thread fails
     * ("Session/EntityManager is closed", seen in CI). The execution's own end time, not a step's.
     */
    private void awaitEnd(String execution) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (!ArchiveClient.json(send(TestUsers.VIEWER, get("api/executions/" + execution)).body()).containsKey("endTime")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + execution + " did not end");
            }
            Thread.sleep(100);
        }
    }

    @Test
    void inboxesOutsideTheRootsOrEscapingThemAreRefusedWith400() throws Exception {
        Path inbox = inbox();
        Path escape = inbox.resolve("escape");
        Files.createSymbolicLink(escape, Path.of("/etc"));
        for (String path : new String[] {"/etc", inbox + "/../../../etc", escape.toString(), "relative/inbox"}) {
            HttpResponse<String> response = send(TestUsers.OPERATOR, start("{\"inbox\": \"" + path + "\"}"));
            assertEquals(400, response.statusCode(), path + ": " + response.body());
            assertTrue(response.body().contains("\"message\""), response.body());
        }
        HttpResponse<String> quarantine = send(TestUsers.OPERATOR,
                start("{\"inbox\": \"" + inbox + "\", \"quarantine\": \"/var/tmp/q\"}"));
        assertEquals(400, quarantine.statusCode(), quarantine.body());
    }

    private static Path inbox() throws Exception {
        return TestInboxes.copyOf("management", false);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private HttpRequest.Builder start(String json) {
        return HttpRequest.newBuilder(URI.create(base + "api/jobs/archive-import"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        return http.send((user == null ? request : TestUsers.as(user, request)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
