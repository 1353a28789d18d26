package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.baoku.archive.TableStatistics;

/**
 * The database's planner statistics during an import (PostgreSQL): {@code scan-inbox} analyses the manifest
 * it wrote, before the import step reads it — planned with the statistics of the earlier runs, where none of
 * the new run's rows were, a 10,000-file import after another ran at a quarter of its speed — and
 * {@code index-articles} analyses every imported table once more. On H2, which keeps its own selectivity,
 * nothing is analysed.
 */
@ExtendWith(ArquillianExtension.class)
class TableStatisticsIT {

    private static final Duration BOUND = Duration.ofMinutes(3);
    /** How long PostgreSQL may take to publish a backend's statistics counters to other sessions. */
    private static final Duration COUNTERS_BOUND = Duration.ofSeconds(20);

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.builtWar().addClasses(JobPolling.class, GeneratedPages.class);
    }

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Inject
    TableStatistics statistics;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/BaokuArchiveDS")
    javax.sql.DataSource archive;

    @Test
    void theScanAnalysesTheManifestAndTheIndexingStepEveryImportedTable() throws Exception {
        boolean analysed = statistics.refreshManifest();
        assertEquals(postgresql(), analysed, "PostgreSQL's statistics are refreshed, H2's left alone");
        if (!analysed) {
            assertFalse(statistics.refreshAfterImport(), "H2: nothing is analysed");
            return;
        }
        Map<String, Long> before = manualAnalyses();
        Path inbox = Files.createTempDirectory("table-statistics");
        GeneratedPages.frontPages(inbox, "统计日报", LocalDate.of(2011, 5, 1), 3, 40);
        Properties parameters = new Properties();
        parameters.setProperty("inbox", inbox.toString());
        parameters.setProperty("settleSeconds", "0");
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start("archive-import", parameters);
        assertEquals(BatchStatus.COMPLETED, JobPolling.awaitEnd(operator, execution, BOUND).getBatchStatus());

        // the counters reach other sessions a little after the analysing one's transaction: poll, with a bound
        long deadline = System.nanoTime() + COUNTERS_BOUND.toNanos();
        Map<String, Long> after = manualAnalyses();
        while (!(grew(before, after, "manifest_entry") == 2 && grew(before, after, "page") == 1)
                && System.nanoTime() < deadline) {
            Thread.sleep(100); // a poll of the counters, bounded above
            after = manualAnalyses();
        }
        assertEquals(2, grew(before, after, "manifest_entry"), "scan-inbox and index-articles: " + before + " -> " + after);
        assertEquals(1, grew(before, after, "page"), "index-articles only: " + before + " -> " + after);
        assertEquals(1, grew(before, after, "import_record"), "index-articles only: " + before + " -> " + after);
    }

    private static long grew(Map<String, Long> before, Map<String, Long> after, String table) {
        return after.getOrDefault(table, 0L) - before.getOrDefault(table, 0L);
    }

    /** {@code ANALYZE}s run by a command, per table (autovacuum's are counted apart). */
    private Map<String, Long> manualAnalyses() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery("select relname, analyze_count from pg_stat_user_tables "
                + "where relname in ('manifest_entry', 'page', 'import_record')").getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private boolean postgresql() throws java.sql.SQLException {
        try (java.sql.Connection connection = archive.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        }
    }
}
