package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

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
 * management model and watch its execution there (read from the JDBC job repository); and the books that
 * model, the step metrics and the run report keep of one delivery with every outcome.
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

    @ArquillianResource
    URL application;

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

    /**
     * One set of books. WildFly's management model keeps, of an execution, only its statuses and times (no step
     * and no metric: wildfly-batch-jberet 39's resource description), so there the books are the exit status:
     * COMPLETED_WITH_REJECTS exactly when the report has rejections. The step metrics (JBeret's repository, as the
     * REST API and the batch API read them) and the run report count every file read once: imported = written,
     * unchanged = filtered, rejected = process skips (the parser's) + write skips (the archive's).
     */
    @Test
    void theStepMetricsTheManagementModelAndTheReportKeepTheSameBooks() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
        ArchiveClient api = new ArchiveClient(application.toString());
        Path inbox = everyOutcome();

        long firstExecution = 0;
        for (int run = 1; run <= 2; run++) { // the second run finds what the first imported unchanged
            long executionId = startThroughTheModel(inbox);
            firstExecution = run == 1 ? executionId : firstExecution;
            ModelNode state = awaitEnd(Operations.createReadResourceOperation(executionAddress("archive-import",
                    executionId)));
            JsonObject execution = api.read("executions/" + executionId);
            JsonObject report = api.read("executions/" + executionId + "/report");
            JsonObject metrics = execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                    .filter(step -> "import-issue-files".equals(step.getString("name"))).findFirst().orElseThrow()
                    .getJsonObject("metrics");
            JsonObject outcomes = report.getJsonObject("outcomes");

            Books ofTheStep = new Books(number(metrics, "readCount"), number(metrics, "writeCount"),
                    number(metrics, "filterCount"), number(metrics, "processSkipCount") + number(metrics, "writeSkipCount"));
            Books ofTheReport = new Books(number(report, "manifestFiles"),
                    number(outcomes, "IMPORTED") + number(outcomes, "IMPORTED_WITH_WARNINGS"),
                    number(outcomes, "UNCHANGED"), number(outcomes, "REJECTED"));
            assertEquals(ofTheReport, ofTheStep, "run " + run + ": " + metrics + " / " + report);
            assertEquals(ofTheStep.read(), ofTheStep.imported() + ofTheStep.unchanged() + ofTheStep.rejected(),
                    ofTheStep.toString());
            assertEquals(7, ofTheStep.read());
            assertEquals(run == 1 ? new Books(7, 2, 0, 5) : new Books(7, 0, 2, 5), ofTheStep, "run " + run);
            assertEquals(1, number(metrics, "processSkipCount"), "the parser's: the empty file");
            assertEquals(4, number(metrics, "writeSkipCount"), "the archive's: two unlabelled pages, a second page 02, "
                    + "a page of no known issue");
            assertEquals("COMPLETED", state.get("batch-status").asString(), state.toString());
            assertEquals("COMPLETED_WITH_REJECTS", state.get("exit-status").asString(), state.toString());

            Map<String, String> reasons = new TreeMap<>();
            report.getJsonArray("rejected").stream().map(JsonValue::asJsonObject).forEach(rejected ->
                    reasons.put(Path.of(rejected.getString("file")).getFileName().toString(),
                            rejected.getString("reason").replaceFirst(":.*", "")));
            assertEquals(List.of("EMPTY_FILE", "NO_PAGE_LABEL", "NO_PAGE_LABEL", "UNKNOWN_ISSUE"),
                    reasons.entrySet().stream().filter(reason -> !reason.getKey().startsWith("1999-02-01-02"))
                            .map(Map.Entry::getValue).sorted().toList(), reasons.toString());
            assertEquals(1, reasons.values().stream().filter("DUPLICATE_PAGE"::equals).count(),
                    "one of the two files printing page 02 is in the archive, the other is refused: " + reasons);
            if (run == 2) { // the refusal names the file that holds the page, and the execution that imported it
                String duplicate = report.getJsonArray("rejected").stream().map(JsonValue::asJsonObject)
                        .map(rejected -> rejected.getString("reason")).filter(reason -> reason.startsWith("DUPLICATE_PAGE"))
                        .findFirst().orElseThrow();
                assertTrue(duplicate.matches("DUPLICATE_PAGE: page 02 of 账本日报 1999-02-01 is already in the archive, "
                        + "read from .*/books/1999-02-01-02(-again)?\\.txt \\(imported .* by execution "
                        + firstExecution + "\\)"), duplicate);
            }
        }
    }

    /** What each stage decides, in one delivery of 7 files: 2 imported, 5 rejected by the parser or the archive. */
    private static Path everyOutcome() throws Exception {
        Path inbox = Files.createDirectories(TestInboxes.PROJECT.resolve("target/it-inboxes/books-" + UUID.randomUUID()));
        Files.writeString(inbox.resolve("empty.txt"), ""); // EMPTY_FILE, the parser's
        Path paper = inbox.resolve("books"); // its own directory: the front page there names the issue
        LocalDate day = LocalDate.of(1999, 2, 1);
        GeneratedPages.frontPage(paper, "账本日报", day, 101, 2, null); // 01
        Path page02 = GeneratedPages.innerPage(paper, day, "02", null);
        // the same page again, other text, other file name: DUPLICATE_PAGE
        Files.writeString(page02.resolveSibling("1999-02-01-02-again.txt"),
                Files.readString(page02).replace("两条", "三条"), StandardCharsets.UTF_8);
        // two pages whose header prints no page label: no place in the issue, each NO_PAGE_LABEL (the unique key
        // of issue, label and revision would not have kept them apart)
        String body = "要闻 1999年2月1日 星期一 责任编辑：林测\n\n# 春节前市场供应充足\n\n本报讯 (记者林测)记者日前走访各大市场,年货供应充足,价格平稳。\n";
        Files.writeString(paper.resolve("1999-02-01-unlabelled-a.txt"), body, StandardCharsets.UTF_8);
        Files.writeString(paper.resolve("1999-02-01-unlabelled-b.txt"), body.replace("充足", "丰富"), StandardCharsets.UTF_8);
        // an inner page with no front page beside it and no publication parameter: UNKNOWN_ISSUE
        GeneratedPages.innerPage(inbox.resolve("loose"), day.plusDays(1), "03", null);
        return inbox;
    }

    record Books(long read, long imported, long unchanged, long rejected) {
    }

    private static long number(JsonObject object, String name) {
        return object.getJsonNumber(name).longValue();
    }

    private long startThroughTheModel(Path inbox) throws Exception {
        ModelNode start = Operations.createOperation("start-job",
                Operations.createAddress("deployment", "baoku.war", "subsystem", "batch-jberet"));
        start.get("job-xml-name").set("archive-import");
        start.get("properties").get("inbox").set(inbox.toString());
        start.get("properties").get("settleSeconds").set("0");
        return execute(start).asLong();
    }

    private static ModelNode executionAddress(String job, long executionId) {
        return Operations.createAddress("deployment", "baoku.war", "subsystem", "batch-jberet", "job", job,
                "execution", Long.toString(executionId));
    }

    private ModelNode awaitEnd(ModelNode read) throws Exception {
        read.get("include-runtime").set(true);
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
