package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;

import org.baoku.archive.ArchiveCheckResult;
import org.baoku.archive.ArchiveChecks;
import org.baoku.archive.ImportStatistics;
import org.baoku.it.ArchiveQueries.ArchiveFinding;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Step {@code check-archive} over two deliveries of one paper: the first leaves an issue-number gap, an
 * issue without one of its pages and continued stories without their other half; the second delivers
 * what was missing. The checks then drop exactly the findings the second run resolved, including a gap
 * next to an issue it did not touch, and leave the findings of the issues it did not touch as they were.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveChecksIT {

    private static final Duration BOUND = Duration.ofMinutes(3);
    private static final String PAPER = "核查日报";
    private static final String GAP = ArchiveChecks.ISSUE_NUMBER_GAP;
    private static final String MISSING = ArchiveChecks.MISSING_PAGES;
    private static final String DANGLING = ArchiveChecks.DANGLING_CONTINUATION;

    // issues 100-107, one a day; 103 arrives with the second delivery, 106 never
    private static final LocalDate COMPLETE = LocalDate.of(2007, 3, 1);        // 100: two pages joined by a continuation
    private static final LocalDate LACKS_PAGE = LocalDate.of(2007, 3, 2);      // 101: prints two pages, one delivered
    private static final LocalDate LACKS_HALF = LocalDate.of(2007, 3, 3);      // 102: 下转02版, page 02 comes in run 2
    private static final LocalDate FILLS_GAP = LocalDate.of(2007, 3, 4);       // 103: comes in run 2
    private static final LocalDate AFTER_GAP = LocalDate.of(2007, 3, 5);       // 104: after the gap run 2 fills
    private static final LocalDate ORPHAN_HALF = LocalDate.of(2007, 3, 6);     // 105: 上接01版 with nothing on 01
    private static final LocalDate AFTER_LASTING_GAP = LocalDate.of(2007, 3, 8); // 107: after 106, never delivered

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.builtWar()
                .addClasses(ArchiveQueries.class, JobPolling.class, GeneratedPages.class);
    }

    @Inject
    ArchiveQueries archive;

    @Inject
    ArchiveChecks checks;

    @Inject
    ImportStatistics statistics;

    @Test
    void findingsFollowTheArchiveAndTheChecksTouchOnlyWhatTheRunTouched() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();

        Path first = Files.createTempDirectory("archive-checks-1");
        GeneratedPages.frontPage(first, PAPER, COMPLETE, 100, 2, "02");
        GeneratedPages.innerPage(first, COMPLETE, "02", "01");
        GeneratedPages.frontPage(first, PAPER, LACKS_PAGE, 101, 2, null);
        GeneratedPages.frontPage(first, PAPER, LACKS_HALF, 102, 2, "02");
        GeneratedPages.frontPage(first, PAPER, AFTER_GAP, 104, 1, null);
        GeneratedPages.frontPage(first, PAPER, ORPHAN_HALF, 105, 2, null);
        GeneratedPages.innerPage(first, ORPHAN_HALF, "02", "01");
        GeneratedPages.frontPage(first, PAPER, AFTER_LASTING_GAP, 107, 1, null);
        long run1 = runImport(operator, first);

        Map<String, ArchiveFinding> afterRun1 = byIssueAndCode(archive.archiveFindingsOf(PAPER));
        assertEquals(List.of(
                        LACKS_PAGE + " " + MISSING, LACKS_HALF + " " + DANGLING, LACKS_HALF + " " + MISSING,
                        AFTER_GAP + " " + GAP, ORPHAN_HALF + " " + DANGLING, AFTER_LASTING_GAP + " " + GAP),
                List.copyOf(afterRun1.keySet()));
        assertEquals(PAPER + " " + LACKS_PAGE + " prints 今日2版; the archive lacks 02",
                afterRun1.get(LACKS_PAGE + " " + MISSING).message());
        assertEquals(PAPER + ": issue 103 missing between " + LACKS_HALF + " (102) and " + AFTER_GAP + " (104)",
                afterRun1.get(AFTER_GAP + " " + GAP).message());
        assertTrue(afterRun1.get(LACKS_HALF + " " + DANGLING).message().contains("is continued to 02"),
                afterRun1.get(LACKS_HALF + " " + DANGLING).message());
        assertTrue(afterRun1.get(ORPHAN_HALF + " " + DANGLING).message().contains("continues from 01"),
                afterRun1.get(ORPHAN_HALF + " " + DANGLING).message());
        assertEquals("FINDINGS 6", checkStepExitStatus(operator, run1));
        assertEquals(6, archiveLevelFindingsInReport(instanceOf(operator, run1)));

        Path second = Files.createTempDirectory("archive-checks-2");
        GeneratedPages.innerPage(second, LACKS_HALF, "02", "01");
        GeneratedPages.frontPage(second, PAPER, FILLS_GAP, 103, 1, null);
        long run2 = runImport(operator, second);

        List<ArchiveFinding> afterRun2 = archive.archiveFindingsOf(PAPER);
        Map<String, ArchiveFinding> remaining = byIssueAndCode(afterRun2);
        assertEquals(List.of(LACKS_PAGE + " " + MISSING, ORPHAN_HALF + " " + DANGLING, AFTER_LASTING_GAP + " " + GAP),
                List.copyOf(remaining.keySet()), "the second delivery resolved the rest: " + afterRun2);
        assertEquals(3, afterRun2.size(), "no finding twice: " + afterRun2);
        for (ArchiveFinding untouched : remaining.values()) {
            assertEquals(afterRun1.get(untouched.issueDate() + " " + untouched.code()), untouched,
                    "the finding of an issue the run did not touch is the same row");
        }
        assertEquals("FINDINGS 0", checkStepExitStatus(operator, run2), "none left on the issues run 2 touched");
        assertEquals(0, archiveLevelFindingsInReport(instanceOf(operator, run2)));

        // checks run again for either run (a restart, a rerun) find the same and duplicate nothing
        ArchiveCheckResult again = checks.checkRun(instanceOf(operator, run2));
        assertEquals(new ArchiveCheckResult(2, 0, 0, 0, List.of()), again);
        ArchiveCheckResult firstAgain = checks.checkRun(instanceOf(operator, run1));
        assertEquals(new ArchiveCheckResult(6, 3, 0, 0, List.of()), firstAgain);
        assertEquals(afterRun2.stream().filter(f -> !f.code().equals(MISSING) && !f.code().equals(DANGLING)).toList(),
                archive.archiveFindingsOf(PAPER).stream()
                        .filter(f -> !f.code().equals(MISSING) && !f.code().equals(DANGLING)).toList(),
                "gap findings that still hold are kept as they are");
        assertEquals(List.copyOf(remaining.keySet()), List.copyOf(byIssueAndCode(archive.archiveFindingsOf(PAPER)).keySet()));
        assertEquals(3, archive.archiveFindingsOf(PAPER).size());
        assertEquals(3, archiveLevelFindingsInReport(instanceOf(operator, run1)));
    }

    private long runImport(JobOperator operator, Path inbox) throws InterruptedException {
        Properties parameters = new Properties();
        parameters.setProperty("inbox", inbox.toString());
        parameters.setProperty("settleSeconds", "0");
        // inner pages delivered without their front page belong to this paper
        parameters.setProperty("publication", PAPER);
        parameters.setProperty("partitions", "1");
        long execution = operator.start("archive-import", parameters);
        assertEquals(BatchStatus.COMPLETED, JobPolling.awaitEnd(operator, execution, BOUND).getBatchStatus());
        return execution;
    }

    private static long instanceOf(JobOperator operator, long execution) {
        return operator.getJobInstance(execution).getInstanceId();
    }

    private static String checkStepExitStatus(JobOperator operator, long execution) {
        return operator.getStepExecutions(execution).stream()
                .filter(s -> s.getStepName().equals("check-archive"))
                .findFirst().orElseThrow().getExitStatus();
    }

    /** What the run report counts as the run's archive-level findings. */
    private long archiveLevelFindingsInReport(long jobInstanceId) {
        Map<String, Long> byCode = statistics.findingsOfRun(jobInstanceId);
        return List.of(GAP, MISSING, DANGLING).stream().mapToLong(code -> byCode.getOrDefault(code, 0L)).sum();
    }

    /** Findings keyed "issue date code", in date and code order; a key seen twice fails the test. */
    private static Map<String, ArchiveFinding> byIssueAndCode(List<ArchiveFinding> findings) {
        return findings.stream().collect(Collectors.toMap(f -> f.issueDate() + " " + f.code(), f -> f,
                (a, b) -> {
                    throw new AssertionError("two findings " + a + " and " + b);
                }, java.util.LinkedHashMap::new));
    }
}
