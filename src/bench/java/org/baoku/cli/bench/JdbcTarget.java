package org.baoku.cli.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A database the bench reaches by JDBC: a raw pass's target, or the server's archive once the job has run. */
record JdbcTarget(String url, String user, String password) {

    /** An H2 file database as the server's archive is made ({@code <file>.mv.db}). */
    static JdbcTarget h2File(Path database) {
        return new JdbcTarget("jdbc:h2:file:" + database, "baoku", "baoku");
    }

    /** The same, read-only: for files a stopped server has let go of. */
    static JdbcTarget h2FileReadOnly(Path database) {
        return new JdbcTarget("jdbc:h2:file:" + database + ";ACCESS_MODE_DATA=r", "baoku", "baoku");
    }

    Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
