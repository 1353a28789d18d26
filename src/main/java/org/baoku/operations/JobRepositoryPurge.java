package org.baoku.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;

/**
 * Deletes finished executions from JBeret's JDBC job repository, oldest history first, in one
 * transaction of the repository's own (non-JTA) datasource.
 */
@Dependent
public class JobRepositoryPurge {

    private static final String FINISHED = "('COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED')";

    @Resource(lookup = "java:jboss/datasources/BaokuJobRepositoryDS")
    DataSource jobRepository;

    /** The purged job instances' ids (so their manifests can go too), for executions that ended before {@code cutoff}. */
    public List<Long> purgeEndedBefore(Instant cutoff) throws SQLException {
        Timestamp before = Timestamp.from(cutoff);
        try (Connection connection = jobRepository.getConnection()) {
            connection.setAutoCommit(false);
            try {
                String old = "select JOBEXECUTIONID from JOB_EXECUTION where ENDTIME < ? and BATCHSTATUS in " + FINISHED;
                update(connection, "delete from PARTITION_EXECUTION where STEPEXECUTIONID in (select STEPEXECUTIONID "
                        + "from STEP_EXECUTION where JOBEXECUTIONID in (" + old + "))", before);
                update(connection, "delete from STEP_EXECUTION where JOBEXECUTIONID in (" + old + ")", before);
                List<Long> instances = ids(connection, "select distinct JOBINSTANCEID from JOB_EXECUTION "
                        + "where ENDTIME < ? and BATCHSTATUS in " + FINISHED, before);
                update(connection, "delete from JOB_EXECUTION where ENDTIME < ? and BATCHSTATUS in " + FINISHED, before);
                List<Long> emptied = new ArrayList<>();
                for (Long instance : instances) {
                    try (PreparedStatement delete = connection.prepareStatement("delete from JOB_INSTANCE where "
                            + "JOBINSTANCEID = ? and not exists (select 1 from JOB_EXECUTION e where e.JOBINSTANCEID = ?)")) {
                        delete.setLong(1, instance);
                        delete.setLong(2, instance);
                        if (delete.executeUpdate() > 0) {
                            emptied.add(instance);
                        }
                    }
                }
                connection.commit();
                return emptied;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static int update(Connection connection, String sql, Timestamp before) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, before);
            return statement.executeUpdate();
        }
    }

    private static List<Long> ids(Connection connection, String sql, Timestamp before) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, before);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
