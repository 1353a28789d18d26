package org.baoku.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.baoku.cluster.ClusterSettings;

/**
 * Marks import executions that a dead server left running as FAILED, so that an operator can restart
 * them. JBeret keeps an execution STARTED in its job repository when the JVM dies (kill -9, power
 * loss), and refuses to restart an execution that claims to be running.
 *
 * <p>Runs once when the application starts, before any job of this server can run. On a cluster the job
 * repository is shared with other live nodes: only the executions this node ran (as recorded in the archive's
 * {@code run_share}) are its to end.
 */
@Singleton
@Startup
public class InterruptedRunRecovery {

    private static final Logger LOG = Logger.getLogger(InterruptedRunRecovery.class.getName());

    static final String EXIT_STATUS = "FAILED: server stopped during the run; marked FAILED at start-up, restart it";
    /** An execution whose end the runtime could not record (its database was away) and whose run went on since. */
    static final String UNRECORDED_END = "FAILED: its end was never recorded (the job repository was unreachable); "
            + "a later execution continued the run; marked FAILED at start-up";

    @Resource(lookup = "java:jboss/datasources/BaokuJobRepositoryDS")
    DataSource jobRepository;

    @Resource(lookup = "java:jboss/datasources/BaokuArchiveDS")
    DataSource archive;

    @Inject
    ClusterSettings cluster;

    @PostConstruct
    void markInterruptedRunsFailed() {
        int marked = 0;
        try (Connection connection = jobRepository.getConnection()) {
            connection.setAutoCommit(false);
            for (JobRepositoryRows.Running run : JobRepositoryRows.running(connection)) {
                if (cluster.enabled() && !ranHere(run.executionId())) {
                    continue;
                }
                // its end is its last known progress: the last file it recorded, else the repository's last update
                ImportRecords.Counts counts = ImportRecords.of(archive, run.executionId());
                Timestamp end = latest(counts.lastRecorded(), latest(run.lastUpdated(), run.started()));
                JobRepositoryRows.end(connection, run.executionId(), "FAILED",
                        run.superseded() ? UNRECORDED_END : EXIT_STATUS, end != null ? end : Timestamp.from(Instant.now()));
                JobRepositoryRows.importCounts(connection, run.executionId(), counts);
                marked++;
            }
            connection.commit();
        } catch (SQLException e) {
            // a fresh repository has no tables yet, and so nothing to recover
            LOG.log(Level.FINE, "no interrupted runs recovered", e);
            return;
        }
        if (marked > 0) {
            int jobs = marked;
            LOG.warning(() -> jobs + " archive-import execution(s) were left running by a stopped server and are now "
                    + "FAILED; restart them to continue");
        }
    }

    private boolean ranHere(long executionId) throws SQLException {
        try (Connection connection = archive.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select node from run_share where execution_id = ?")) {
            statement.setLong(1, executionId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && cluster.node().equals(rows.getString(1));
            }
        }
    }

    private static Timestamp latest(Timestamp a, Timestamp b) {
        return a == null ? b : b == null || a.after(b) ? a : b;
    }
}
