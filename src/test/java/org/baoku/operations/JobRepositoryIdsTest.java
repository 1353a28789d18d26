package org.baoku.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The execution id after a crash on H2: JBeret's identity column, with its cache and without. */
class JobRepositoryIdsTest {

    @TempDir
    Path dir;

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:" + dir.resolve("jobs") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** One execution, then the process dies without closing the database; then the next execution. */
    private long idAfterACrash(boolean uncached) throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            // as JBeret's H2 DDL (jberet-core sql/jberet.ddl) declares it
            statement.execute("CREATE TABLE IF NOT EXISTS JOB_EXECUTION (JOBEXECUTIONID IDENTITY PRIMARY KEY NOT NULL, "
                    + "JOBINSTANCEID BIGINT NOT NULL)");
            if (uncached) {
                assertEquals(1, JobRepositoryIds.uncache(connection));
            }
            statement.execute("INSERT INTO JOB_EXECUTION (JOBINSTANCEID) VALUES (1)");
            statement.execute("CHECKPOINT"); // the store written, as it is within a second of a commit
            statement.execute("SHUTDOWN IMMEDIATELY"); // no orderly close: what kill -9 leaves
        }
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO JOB_EXECUTION (JOBINSTANCEID) VALUES (1)");
            try (ResultSet max = statement.executeQuery("SELECT MAX(JOBEXECUTIONID) FROM JOB_EXECUTION")) {
                max.next();
                return max.getLong(1);
            }
        }
    }

    @Test
    void withH2sCacheTheIdAfterACrashJumps() throws SQLException {
        assertTrue(idAfterACrash(false) > 2, "if this fails, H2 no longer caches identities and the fix can go");
    }

    @Test
    void withoutTheCacheTheNextIdFollows() throws SQLException {
        assertEquals(2, idAfterACrash(true));
    }

    @Test
    void beforeJBeretMadeItsTablesNothingIsChanged() throws SQLException {
        try (Connection connection = open()) {
            assertEquals(0, JobRepositoryIds.uncache(connection));
        }
    }
}
