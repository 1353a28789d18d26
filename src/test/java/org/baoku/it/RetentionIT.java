package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** purge-history forgets old runs in the job repository and their reports, and never the archive. */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    private static final Duration BOUND = Duration.ofMinutes(3);

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.builtWar()
                .addClasses(ArchiveQueries.class, JobPolling.class, GeneratedPages.class);
    }

    @Inject
    ArchiveQueries archive;

    @Resource(lookup = "java:jboss/datasources/BaokuJobRepositoryDS")
    DataSource jobRepository;

    @Resource(lookup = "java:jboss/datasources/BaokuArchiveDS")
    DataSource archiveDataSource;

    @Test
    void oldRunsAndTheirReportsAreForgottenWhileTheArchiveKeepsEveryPage() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        String paper = "存档日报";
        Path inbox = GeneratedPages.frontPages(Files.createTempDirectory("retention"), paper, LocalDate.of(2006, 6, 1), 2, 1);
        Path reports = Files.createTempDirectory("reports");
        Properties parameters = new Properties();
        parameters.setProperty("inbox", inbox.toString());
        parameters.setProperty("settleSeconds", "0");
        parameters.setProperty("reports", reports.toString());
        long old = operator.start("archive-import", parameters);
        assertEquals(BatchStatus.COMPLETED, JobPolling.awaitEnd(operator, old, BOUND).getBatchStatus());
        long recent = operator.start("archive-import", parameters);
        assertEquals(BatchStatus.COMPLETED, JobPolling.awaitEnd(operator, recent, BOUND).getBatchStatus());
        Timestamp hundredDaysAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(100)));
        age(jobRepository, "update JOB_EXECUTION set ENDTIME = ? where JOBEXECUTIONID = ?", hundredDaysAgo, old);
        age(archiveDataSource, "update run_report set created_at = ? where execution_id = ?", hundredDaysAgo, old);
        try (var files = Files.list(reports)) {
            for (Path report : (Iterable<Path>) files::iterator) {
                if (report.getFileName().toString().endsWith("-" + old + ".json")
                        || report.getFileName().toString().endsWith("-" + old + ".html")) {
                    Files.setLastModifiedTime(report, java.nio.file.attribute.FileTime.from(hundredDaysAgo.toInstant()));
                }
            }
        }
        long pages = archive.pagesOf(paper);

        Properties purge = new Properties();
        purge.setProperty("days", "90");
        purge.setProperty("reports", reports.toString());
        long purged = operator.start("purge-history", purge);
        assertEquals(BatchStatus.COMPLETED, JobPolling.awaitEnd(operator, purged, BOUND).getBatchStatus());

        assertEquals(0, count(jobRepository, "select count(*) from JOB_EXECUTION where JOBEXECUTIONID = ?", old));
        assertEquals(0, count(jobRepository, "select count(*) from STEP_EXECUTION where JOBEXECUTIONID = ?", old));
        assertEquals(1, count(jobRepository, "select count(*) from JOB_EXECUTION where JOBEXECUTIONID = ?", recent));
        assertEquals(0, count(archiveDataSource, "select count(*) from run_report where execution_id = ?", old));
        assertEquals(1, count(archiveDataSource, "select count(*) from run_report where execution_id = ?", recent));
        try (var files = Files.list(reports)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("-" + old + ".")), "old report files deleted");
        }
        assertEquals(pages, archive.pagesOf(paper), "the archive is never purged");
        assertEquals(2, archive.pagesOf(paper));
    }

    private static void age(DataSource dataSource, String sql, Timestamp when, long execution) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, when);
            statement.setLong(2, execution);
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }

    private static long count(DataSource dataSource, String sql, long execution) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, execution);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
