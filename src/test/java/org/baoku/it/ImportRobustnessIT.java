package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators rely on, inside the real server: stop and restart lose and duplicate nothing, a
 * re-run changes nothing, a changed file becomes a new revision, bad files are set aside with their
 * reasons, and a transient database failure is retried. Each test imports a paper of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ImportRobustnessIT {

    private static final Duration BOUND = Duration.ofMinutes(5);

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.builtWar()
                .addClasses(ArchiveQueries.class, JobPolling.class, GeneratedPages.class, FailOnceWriter.class);
    }

    @Inject
    ArchiveQueries archive;

    private final JobOperator operator = BatchRuntime.getJobOperator();

    @Test
    void stoppedMidRunThenRestartedImportsEveryFileExactlyOnce() throws Exception {
        String paper = "停启日报";
        int files = 1500;
        Path inbox = GeneratedPages.frontPages(Files.createTempDirectory("stop-restart"), paper,
                LocalDate.of(2001, 1, 1), files, 1);
        Properties parameters = parameters(inbox);
        parameters.setProperty("chunkSize", "10");
        long first = operator.start("archive-import", parameters);
        long instance = operator.getJobInstance(first).getInstanceId();

        awaitRecords(instance, 50);
        operator.stop(first);
        JobExecution stopped = JobPolling.awaitEnd(operator, first, BOUND);
        assertEquals(BatchStatus.STOPPED, stopped.getBatchStatus(), "the run must still have been going when stopped");
        long before = archive.recordsOfRun(instance);
        assertTrue(before > 0 && before < files, "stopped part-way: " + before + " of " + files);

        long restarted = operator.restart(first, new Properties());
        JobExecution done = JobPolling.awaitEnd(operator, restarted, BOUND);

        assertEquals(BatchStatus.COMPLETED, done.getBatchStatus());
        assertEquals("COMPLETED", done.getExitStatus());
        assertEquals(files, archive.recordsOfRun(instance), "one import record per file");
        assertEquals(files, archive.distinctPositionsOfRun(instance));
        assertEquals(files, archive.outcomesOfRun(instance, "IMPORTED") + archive.outcomesOfRun(instance, "IMPORTED_WITH_WARNINGS"));
        assertEquals(files, archive.pagesOf(paper), "no page missing, none twice");
        assertEquals(files, archive.articlesOf(paper));
        assertEquals(files, archive.indexedArticlesOf(paper), "every article in the search index once");
        assertEquals(files, archive.indexedCurrentArticlesOf(paper));
    }

    @Test
    void reRunChangesNothingAndAChangedFileBecomesANewRevision() throws Exception {
        String paper = "再导日报";
        Path inbox = GeneratedPages.frontPages(Files.createTempDirectory("rerun"), paper, LocalDate.of(2002, 2, 1), 3, 100);
        long first = runToEnd(inbox);
        assertEquals(3, archive.outcomesOfRun(instanceOf(first), "IMPORTED")
                + archive.outcomesOfRun(instanceOf(first), "IMPORTED_WITH_WARNINGS"));
        long articles = archive.articlesOf(paper);

        long again = runToEnd(inbox);
        assertEquals(3, archive.outcomesOfRun(instanceOf(again), "UNCHANGED"));
        assertEquals(3, archive.pagesOf(paper));
        assertEquals(articles, archive.articlesOf(paper));

        Path changed = inbox.resolve("2002-02-02.txt");
        Files.writeString(changed, Files.readString(changed) + "\n补记:发布会结束后,记者走访了三个社区。\n",
                StandardCharsets.UTF_8);
        long third = runToEnd(inbox);
        assertEquals(2, archive.outcomesOfRun(instanceOf(third), "UNCHANGED"));
        assertEquals(1, archive.outcomesOfRun(instanceOf(third), "IMPORTED")
                + archive.outcomesOfRun(instanceOf(third), "IMPORTED_WITH_WARNINGS"));
        assertEquals(List.of("1:superseded", "2:current"), archive.revisionsOf(changed.toString()));
        assertEquals(3, archive.currentPagesOf(paper));
        assertEquals(4, archive.pagesOf(paper), "the old revision is kept");
        long current = archive.indexedCurrentArticlesOf(paper);
        assertEquals(current, archive.indexedArticlesOf(paper), "only current revisions are in the index");
        assertEquals(articles, current);
    }

    @Test
    void badFilesAreRejectedAndQuarantinedWithTheirReasonsWhileGoodOnesAreImported() throws Exception {
        String paper = "坏件日报";
        Path inbox = GeneratedPages.frontPages(Files.createTempDirectory("bad-files"), paper, LocalDate.of(2003, 3, 1), 4, 200);
        Files.createFile(inbox.resolve("empty.txt"));
        byte[] noise = new byte[1024];
        new Random(42).nextBytes(noise);
        noise[7] = 0;
        Files.write(inbox.resolve("binary.txt"), noise);
        byte[] page = Files.readAllBytes(inbox.resolve("2003-03-01.txt"));
        Files.write(inbox.resolve("oversized.txt"), repeat(page, 12));
        // cut inside its first line's fourth character: what decodes is no newspaper page
        Files.write(inbox.resolve("truncated.txt"), java.util.Arrays.copyOf(page, 9));
        // Japanese in Shift_JIS: readable text, but in no encoding an issue file comes in
        Files.write(inbox.resolve("wrongly-encoded.txt"),
                "東京都の天気は晴れです。明日は雨が降るでしょう。".repeat(5).getBytes("Shift_JIS"));
        // a page the parser reads, with a "headline" longer than the archive's column: rejected, not a failed chunk
        Path longHeadline = GeneratedPages.frontPage(Files.createTempDirectory("long"), paper, LocalDate.of(2003, 3, 9), 208);
        Files.writeString(inbox.resolve("long-headline.txt"), Files.readString(longHeadline)
                .replace("# " + paper + "第208期要闻", "# " + "长".repeat(600)));
        Properties parameters = parameters(inbox);
        parameters.setProperty("maxFileBytes", Integer.toString(page.length * 10));

        long execution = operator.start("archive-import", parameters);
        JobExecution done = JobPolling.awaitEnd(operator, execution, BOUND);

        assertEquals(BatchStatus.COMPLETED, done.getBatchStatus());
        assertEquals("COMPLETED_WITH_REJECTS", done.getExitStatus());
        long instance = instanceOf(execution);
        assertEquals(4, archive.outcomesOfRun(instance, "IMPORTED") + archive.outcomesOfRun(instance, "IMPORTED_WITH_WARNINGS"));
        assertEquals(6, archive.outcomesOfRun(instance, "REJECTED"));
        assertEquals(4, archive.pagesOf(paper));
        Path quarantine = Path.of(inbox + ".quarantine");
        for (String[] bad : new String[][] {{"empty.txt", "EMPTY_FILE"}, {"binary.txt", "UNDECODABLE"},
                {"oversized.txt", "FILE_TOO_LARGE"}, {"truncated.txt", "NOT_AN_ISSUE_FILE"},
                {"wrongly-encoded.txt", "UNDECODABLE"}, {"long-headline.txt", "FIELD_TOO_LONG"}}) {
            assertTrue(archive.reasonOf(instance, bad[0]).startsWith("REJECTED " + bad[1]), archive.reasonOf(instance, bad[0]));
            assertTrue(Files.exists(quarantine.resolve(bad[0])), bad[0] + " quarantined");
            assertTrue(Files.readString(quarantine.resolve(bad[0] + ".reason.json")).contains(bad[1]));
            assertTrue(Files.exists(inbox.resolve(bad[0])), bad[0] + " stays in the inbox");
        }
    }

    @Test
    void aDeliveryThatIsWrongAsAWholeFailsTheRunOnceTheRejectLimitIsExceeded() throws Exception {
        Path inbox = Files.createTempDirectory("all-wrong");
        for (int i = 0; i < 6; i++) {
            Files.createFile(inbox.resolve("empty-" + i + ".txt"));
        }
        Properties parameters = parameters(inbox);
        parameters.setProperty("rejectLimit", "3");
        parameters.setProperty("partitions", "1");

        long execution = operator.start("archive-import", parameters);
        JobExecution done = JobPolling.awaitEnd(operator, execution, BOUND);

        assertEquals(BatchStatus.FAILED, done.getBatchStatus());
        assertTrue(done.getExitStatus().startsWith("FAILED_TOO_MANY_REJECTS"), done.getExitStatus());
    }

    @Test
    void aTransientDatabaseFailureInTheWriterIsRetriedAndTheDataIsRight() throws Exception {
        String paper = "重试日报";
        Path inbox = GeneratedPages.frontPages(Files.createTempDirectory("retry"), paper, LocalDate.of(2004, 4, 1), 3, 300);
        Properties parameters = parameters(inbox);
        parameters.setProperty("partitions", "1");
        int failuresBefore = FailOnceWriter.FAILURES.get();
        FailOnceWriter.ARMED.set(true);

        long execution = operator.start("archive-import", parameters);
        JobExecution done = JobPolling.awaitEnd(operator, execution, BOUND);

        assertEquals(BatchStatus.COMPLETED, done.getBatchStatus());
        assertEquals(failuresBefore + 1, FailOnceWriter.FAILURES.get(), "one chunk failed after writing its rows");
        long rollbacks = operator.getStepExecutions(execution).stream()
                .filter(s -> s.getStepName().equals("import-issue-files"))
                .flatMap(s -> java.util.Arrays.stream(s.getMetrics()))
                .filter(m -> m.getType() == jakarta.batch.runtime.Metric.MetricType.ROLLBACK_COUNT)
                .mapToLong(jakarta.batch.runtime.Metric::getValue).sum();
        assertTrue(rollbacks >= 1, "the chunk was rolled back and retried");
        assertEquals(1, archive.publicationsTitled(paper));
        assertEquals(3, archive.pagesOf(paper), "the rolled-back rows are gone, the retried ones stay, once");
        assertEquals(3, archive.articlesOf(paper));
        long instance = instanceOf(execution);
        assertEquals(3, archive.recordsOfRun(instance));
        assertEquals(3, archive.outcomesOfRun(instance, "IMPORTED") + archive.outcomesOfRun(instance, "IMPORTED_WITH_WARNINGS"));
    }

    private static Properties parameters(Path inbox) {
        Properties parameters = new Properties();
        parameters.setProperty("inbox", inbox.toString());
        parameters.setProperty("settleSeconds", "0");
        return parameters;
    }

    private long runToEnd(Path inbox) throws InterruptedException {
        long execution = operator.start("archive-import", parameters(inbox));
        JobExecution done = JobPolling.awaitEnd(operator, execution, BOUND);
        assertEquals(BatchStatus.COMPLETED, done.getBatchStatus());
        return execution;
    }

    private long instanceOf(long execution) {
        return operator.getJobInstance(execution).getInstanceId();
    }

    private void awaitRecords(long instance, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (archive.recordsOfRun(instance) < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + atLeast + " files imported after " + BOUND);
            }
            Thread.sleep(20);
        }
    }

    private static byte[] repeat(byte[] bytes, int times) {
        byte[] out = new byte[bytes.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(bytes, 0, out, i * bytes.length, bytes.length);
        }
        return out;
    }
}
