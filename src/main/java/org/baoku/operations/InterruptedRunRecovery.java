package org.baoku.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
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

/**
 * Marks import executions that a dead server left running as FAILED, so that an operator can restart
 * them. JBeret keeps an execution STARTED in its job repository when the JVM dies (kill -9, power
 * loss), and refuses to restart an execution that claims to be running.
 *
 * <p>Runs once when the application starts, before any job of this server can run, and assumes the
 * job repository is not shared with another live server.
 */
@Singleton
@Startup
public class InterruptedRunRecovery {

    private static final Logger LOG = Logger.getLogger(InterruptedRunRecovery.class.getName());

    static final String EXIT_STATUS = "FAILED: server stopped during the run; marked FAILED at start-up, restart it";

    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";
    private static final String OURS = "(select e.JOBEXECUTIONID from JOB_EXECUTION e join JOB_INSTANCE i "
            + "on e.JOBINSTANCEID = i.JOBINSTANCEID where i.JOBNAME = 'archive-import' and e.BATCHSTATUS in " + RUNNING + ")";

    @Resource(lookup = "java:jboss/datasources/BaokuJobRepositoryDS")
    DataSource jobRepository;

    @PostConstruct
    void markInterruptedRunsFailed() {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = jobRepository.getConnection()) {
            connection.setAutoCommit(false);
            int partitions = update(connection, "update PARTITION_EXECUTION set BATCHSTATUS = 'FAILED', EXITSTATUS = ? "
                    + "where BATCHSTATUS in " + RUNNING + " and STEPEXECUTIONID in (select STEPEXECUTIONID from "
                    + "STEP_EXECUTION where JOBEXECUTIONID in " + OURS + ")", null);
            int steps = update(connection, "update STEP_EXECUTION set BATCHSTATUS = 'FAILED', EXITSTATUS = ?, ENDTIME = ? "
                    + "where BATCHSTATUS in " + RUNNING + " and JOBEXECUTIONID in " + OURS, now);
            int jobs = update(connection, "update JOB_EXECUTION set BATCHSTATUS = 'FAILED', EXITSTATUS = ?, ENDTIME = ?, "
                    + "LASTUPDATEDTIME = ? where JOBEXECUTIONID in " + OURS, now);
            connection.commit();
            if (jobs > 0) {
                LOG.warning(() -> jobs + " archive-import execution(s) were left running by a stopped server and are now "
                        + "FAILED (" + steps + " steps, " + partitions + " partitions); restart them to continue");
            }
        } catch (SQLException e) {
            // a fresh repository has no tables yet, and so nothing to recover
            LOG.log(Level.FINE, "no interrupted runs recovered", e);
        }
    }

    private static int update(Connection connection, String sql, Timestamp now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, EXIT_STATUS);
            if (now != null) {
                statement.setTimestamp(2, now);
                if (sql.contains("LASTUPDATEDTIME")) {
                    statement.setTimestamp(3, now);
                }
            }
            return statement.executeUpdate();
        }
    }
}
