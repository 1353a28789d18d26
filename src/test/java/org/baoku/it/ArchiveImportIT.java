package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.inject.Inject;

import org.baoku.archive.Issue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton end to end, inside the real provisioned WildFly: the built WAR is deployed, the
 * archive-import job runs over a test inbox through the server's JBeret, and the test reads back the
 * step metrics, the archive rows, and the execution in the JDBC job repository.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveImportIT {

    private static final String SAMPLE = "000_528cc057e7984c5f.txt";
    private static final String EMPTY = "broken-empty.txt";
    private static final Duration BOUND = Duration.ofMinutes(3);

    @Deployment
    static WebArchive deployment() throws IOException {
        Path inbox = TestInboxes.copyOf("skeleton", true);
        return TestDeployments.builtWar()
                .addClasses(ArchiveQueries.class, JobPolling.class)
                .addAsResource(new StringAsset(inbox.toString()), "it-inbox.txt");
    }

    @Inject
    ArchiveQueries archive;

    @Resource(lookup = "java:jboss/datasources/BaokuJobRepositoryDS")
    DataSource jobRepository;

    private static String inbox() throws IOException {
        try (InputStream in = ArchiveImportIT.class.getClassLoader().getResourceAsStream("it-inbox.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    @Test
    void importsTheInboxRejectsTheBadFileAndRunsIdempotently() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        long pagesBefore = archive.count("Page");
        long articlesBefore = archive.count("Article");

        Properties parameters = new Properties();
        parameters.setProperty("inbox", inbox());
        parameters.setProperty("chunkSize", "2");
        parameters.setProperty("partitions", "1");
        parameters.setProperty("settleSeconds", "0");
        long first = operator.start("archive-import", parameters);
        JobExecution run = JobPolling.awaitEnd(operator, first, BOUND);

        assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
        assertEquals("COMPLETED_WITH_REJECTS", run.getExitStatus());
        Map<Metric.MetricType, Long> metrics = metricsOfImportStep(operator, first);
        assertEquals(5, metrics.get(Metric.MetricType.READ_COUNT), "files read");
        assertEquals(4, metrics.get(Metric.MetricType.WRITE_COUNT), "files imported");
        assertEquals(0, metrics.get(Metric.MetricType.FILTER_COUNT), "nothing unchanged on the first run");
        assertEquals(1, metrics.get(Metric.MetricType.PROCESS_SKIP_COUNT), "the empty file is rejected");
        assertEquals(3, metrics.get(Metric.MetricType.COMMIT_COUNT), "chunks of 2 over 5 files");
        assertEquals(0, metrics.get(Metric.MetricType.ROLLBACK_COUNT));

        assertEquals(4, archive.importRecords(first, "IMPORTED") + archive.importRecords(first, "IMPORTED_WITH_WARNINGS"));
        assertEquals(1, archive.importRecords(first, "REJECTED"));
        assertTrue(archive.rejectionReason(first, EMPTY).startsWith("EMPTY_FILE"), archive.rejectionReason(first, EMPTY));
        Path quarantined = Path.of(inbox() + ".quarantine");
        assertTrue(Files.exists(quarantined.resolve(EMPTY)), "rejected file copied to the quarantine");
        assertTrue(Files.readString(quarantined.resolve(EMPTY + ".reason.json")).contains("EMPTY_FILE"));
        assertTrue(Files.exists(Path.of(inbox(), EMPTY)), "the original stays in the inbox");
        assertEquals(pagesBefore + 4, archive.count("Page"));

        Issue sample = archive.issueOf("焦作日报", LocalDate.of(2025, 8, 13));
        assertEquals("焦作日报社", sample.getPublication().getPublisher());
        assertEquals("中共焦作市委", sample.getPublication().getSponsor());
        assertEquals("CN 41-0007", sample.getPublication().getSerialNumber());
        assertEquals(14656, sample.getIssueNumber());
        assertEquals(8, sample.getPageCount());
        assertEquals("星期三", sample.getWeekday());
        assertEquals("乙巳年六月二十", sample.getLunarDate());
        assertEquals("李弘", sample.getPresident());
        assertEquals(7, archive.headlinesOfPage(SAMPLE).size(), "articles on the sample front page");
        List<String> reporters = archive.reportersOfPage(SAMPLE);
        assertEquals(List.of("焦娇", "翟倩倩", "孙国利", "李晓军", "王颖", "张毅", "郭嘉莉", "徐金华"), reporters);
        List<String> findings = archive.findingCodesOfPage(SAMPLE);
        assertTrue(findings.containsAll(List.of("DUPLICATE_PASSAGE", "TEXT_GAP", "MISSING_HEADLINE")), findings.toString());

        assertEquals("COMPLETED", batchStatusInJobRepository(first), "execution persisted in the JDBC job repository");

        long articlesAfterFirst = archive.count("Article");
        assertTrue(articlesAfterFirst > articlesBefore);
        long second = operator.start("archive-import", parameters);
        JobExecution rerun = JobPolling.awaitEnd(operator, second, BOUND);
        assertEquals(BatchStatus.COMPLETED, rerun.getBatchStatus());
        Map<Metric.MetricType, Long> rerunMetrics = metricsOfImportStep(operator, second);
        assertEquals(4, rerunMetrics.get(Metric.MetricType.FILTER_COUNT), "every good file is unchanged");
        assertEquals(0, rerunMetrics.get(Metric.MetricType.WRITE_COUNT));
        assertEquals(4, archive.importRecords(second, "UNCHANGED"));
        assertEquals(pagesBefore + 4, archive.count("Page"), "a re-run adds no page");
        assertEquals(articlesAfterFirst, archive.count("Article"), "a re-run adds no article");
    }

    private static Map<Metric.MetricType, Long> metricsOfImportStep(JobOperator operator, long executionId) {
        StepExecution step = operator.getStepExecutions(executionId).stream()
                .filter(s -> s.getStepName().equals("import-issue-files"))
                .findFirst().orElseThrow();
        Map<Metric.MetricType, Long> metrics = new EnumMap<>(Metric.MetricType.class);
        for (Metric metric : step.getMetrics()) {
            metrics.put(metric.getType(), metric.getValue());
        }
        return metrics;
    }

    private String batchStatusInJobRepository(long executionId) throws Exception {
        try (Connection connection = jobRepository.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select BATCHSTATUS from JOB_EXECUTION where JOBEXECUTIONID = ?")) {
            query.setLong(1, executionId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "execution " + executionId + " is not in the JDBC job repository");
                return row.getString(1);
            }
        }
    }
}
