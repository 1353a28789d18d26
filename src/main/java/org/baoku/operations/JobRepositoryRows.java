package org.baoku.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of JBeret's JDBC job repository that baoku corrects when the batch runtime could not write
 * them itself (its server died, or its database was away when the run ended).
 */
final class JobRepositoryRows {

    static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    /**
     * An archive-import execution the repository says is running.
     *
     * @param superseded a later execution of the same run exists: this one's end was simply never recorded
     */
    record Running(long executionId, boolean superseded, Timestamp started, Timestamp lastUpdated) {
    }

    private JobRepositoryRows() {
    }

    static List<Running> running(Connection connection) throws SQLException {
        List<Running> running = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select e.JOBEXECUTIONID, e.STARTTIME, "
                + "e.LASTUPDATEDTIME, (select count(*) from JOB_EXECUTION later where later.JOBINSTANCEID = e.JOBINSTANCEID "
                + "and later.JOBEXECUTIONID > e.JOBEXECUTIONID) from JOB_EXECUTION e join JOB_INSTANCE i on "
                + "e.JOBINSTANCEID = i.JOBINSTANCEID where i.JOBNAME in ('archive-import', 'archive-import-share') and e.BATCHSTATUS in " + RUNNING);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                running.add(new Running(rows.getLong(1), rows.getLong(4) > 0, rows.getTimestamp(2), rows.getTimestamp(3)));
            }
        }
        return running;
    }

    /** Ends the execution, and its steps and partitions that are still running, with this status. */
    static void end(Connection connection, long executionId, String batchStatus, String exitStatus, Timestamp endTime)
            throws SQLException {
        update(connection, "update PARTITION_EXECUTION set BATCHSTATUS = ?, EXITSTATUS = ? where BATCHSTATUS in " + RUNNING
                + " and STEPEXECUTIONID in (select STEPEXECUTIONID from STEP_EXECUTION where JOBEXECUTIONID = ?)",
                batchStatus, exitStatus, executionId);
        update(connection, "update STEP_EXECUTION set BATCHSTATUS = ?, EXITSTATUS = ?, ENDTIME = ? where BATCHSTATUS in "
                + RUNNING + " and JOBEXECUTIONID = ?", batchStatus, exitStatus, endTime, executionId);
        update(connection, "update JOB_EXECUTION set BATCHSTATUS = ?, EXITSTATUS = ?, ENDTIME = ?, LASTUPDATEDTIME = ? "
                + "where JOBEXECUTIONID = ?", batchStatus, exitStatus, endTime, endTime, executionId);
    }

    /** The import step's counts from the archive's import records, which a crash left behind the archive. */
    static void importCounts(Connection connection, long executionId, ImportRecords.Counts counts) throws SQLException {
        update(connection, "update STEP_EXECUTION set READCOUNT = ?, WRITECOUNT = ?, FILTERCOUNT = ?, PROCESSSKIPCOUNT = ? "
                + "where JOBEXECUTIONID = ? and STEPNAME in ('import-issue-files', 'import-share-of-run')", (int) counts.read(), (int) counts.written(),
                (int) counts.unchanged(), (int) counts.rejected(), executionId);
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
