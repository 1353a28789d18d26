package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an administrator does with jboss-cli or the HAL console: start the import through the server's
 * management model and watch its execution there (read from the JDBC job repository).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManagementModelIT {

    private static final Duration BOUND = Duration.ofMinutes(3);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    ManagementClient management;

    @Test
    void administratorStartsTheImportAndReadsItsExecutionThroughTheManagementModel() throws Exception {
        Path inbox = TestInboxes.copyOf("management", false);
        ModelNode batch = Operations.createAddress("deployment", "baoku.war", "subsystem", "batch-jberet");
        ModelNode start = Operations.createOperation("start-job", batch);
        start.get("job-xml-name").set("archive-import");
        start.get("properties").get("inbox").set(inbox.toString());
        start.get("properties").get("settleSeconds").set("0");
        long executionId = execute(start).asLong();

        ModelNode execution = Operations.createAddress("deployment", "baoku.war", "subsystem", "batch-jberet",
                "job", "archive-import", "execution", Long.toString(executionId));
        ModelNode read = Operations.createReadResourceOperation(execution);
        read.get("include-runtime").set(true);
        ModelNode state = awaitEnd(read);

        assertEquals("COMPLETED", state.get("batch-status").asString());
        assertEquals("COMPLETED_WITH_REJECTS", state.get("exit-status").asString());
        assertTrue(state.get("end-time").isDefined(), state.toString());

        ModelNode job = Operations.createReadResourceOperation(
                Operations.createAddress("deployment", "baoku.war", "subsystem", "batch-jberet", "job", "archive-import"));
        job.get("include-runtime").set(true);
        ModelNode jobState = execute(job);
        assertTrue(jobState.get("execution").has(Long.toString(executionId)), jobState.toString());
        assertTrue(jobState.get("instance-count").asInt() >= 1, jobState.toString());
    }

    @Test
    void administratorRebuildsTheSearchIndexThroughTheManagementModel() throws Exception {
        ModelNode batch = Operations.createAddress("deployment", "baoku.war", "subsystem", "batch-jberet");
        ModelNode start = Operations.createOperation("start-job", batch);
        start.get("job-xml-name").set("reindex-archive");
        long executionId = execute(start).asLong();

        ModelNode read = Operations.createReadResourceOperation(Operations.createAddress("deployment", "baoku.war",
                "subsystem", "batch-jberet", "job", "reindex-archive", "execution", Long.toString(executionId)));
        read.get("include-runtime").set(true);
        ModelNode state = awaitEnd(read);
        assertEquals("COMPLETED", state.get("batch-status").asString(), state.toString());
    }

    private ModelNode awaitEnd(ModelNode read) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            // the execution appears in the model once JBeret has stored it; until then it is "not found"
            ModelNode result = management.getControllerClient().execute(read);
            String status = Operations.isSuccessfulOutcome(result)
                    ? Operations.readResult(result).get("batch-status").asString() : "NOT_YET_LISTED";
            boolean ended = Operations.isSuccessfulOutcome(result) && Operations.readResult(result).get("end-time").isDefined();
            if (ended && !Set.of("NOT_YET_LISTED", "STARTING", "STARTED", "STOPPING").contains(status)) {
                return Operations.readResult(result);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution still " + status + " after " + BOUND);
            }
            Thread.sleep(100);
        }
    }

    private ModelNode execute(ModelNode operation) throws Exception {
        ModelNode result = management.getControllerClient().execute(operation);
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new AssertionError(Operations.getFailureDescription(result).asString());
        }
        return Operations.readResult(result);
    }
}
