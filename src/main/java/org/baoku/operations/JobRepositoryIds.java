package org.baoku.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Keeps the job repository's ids consecutive on H2. JBeret's H2 tables take their ids from identity columns,
 * and H2 hands those out from a cache of 32 values: after a crash the next execution id jumped from 1 to 33,
 * which reads to an operator like 31 lost runs. Without the cache each new id costs one more write, a nothing
 * beside a run. PostgreSQL's sequences do not cache by default; nothing is changed there.
 */
final class JobRepositoryIds {

    /** JBeret's tables and their identity columns. */
    static final List<String> IDENTITIES = List.of("JOB_INSTANCE.JOBINSTANCEID", "JOB_EXECUTION.JOBEXECUTIONID",
            "STEP_EXECUTION.STEPEXECUTIONID");

    private JobRepositoryIds() {
    }

    /**
     * Turns the identity caches of JBeret's tables off when the repository is an H2 database with those tables.
     *
     * @return how many identity columns were changed (0 on any other database, or before JBeret made its tables)
     */
    static int uncache(Connection connection) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return 0;
        }
        int changed = 0;
        try (Statement statement = connection.createStatement()) {
            for (String identity : IDENTITIES) {
                String[] tableColumn = identity.split("\\.");
                if (exists(connection, tableColumn[0])) {
                    statement.execute("ALTER TABLE " + tableColumn[0] + " ALTER COLUMN " + tableColumn[1] + " SET NO CACHE");
                    changed++;
                }
            }
        }
        return changed;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}
