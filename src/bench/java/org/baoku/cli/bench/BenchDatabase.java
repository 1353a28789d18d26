package org.baoku.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * One of the archive's databases as the bench measures it: where its raw passes write, how the server
 * pass's server reaches it, and how big an archive is. H2 is a file per run; PostgreSQL is the local
 * cluster of {@code bin/postgres-up}, reached like the server reaches it ({@code BAOKU_DB_HOST},
 * {@code BAOKU_DB_PORT}, {@code BAOKU_DB_USER}, {@code BAOKU_DB_PASSWORD}), in three databases of its
 * own that every run empties first.
 */
sealed interface BenchDatabase permits BenchDatabase.H2, BenchDatabase.Postgresql {

    /** {@code h2} or {@code postgresql}: the name in the table, the JSON and {@code --db}. */
    String name();

    /** How pass 3 writes into this database: the raw insert limits measured. */
    List<RawInsertPass.Method> rawMethods();

    /** A fresh, empty database for a raw pass over {@code files} files, not yet migrated. */
    JdbcTarget freshRawDatabase(Path work, int files) throws Exception;

    /** The size of a database the bench wrote, in bytes. */
    long sizeBytes(JdbcTarget database) throws SQLException;

    /** Environment of the server of pass 4 (which archive and job repository it opens). */
    Map<String, String> serverEnvironment();

    /** Empties what the server of pass 4 will open, before it starts. */
    void resetServerDatabases() throws SQLException;

    /** The archive of the server of pass 4, read after it stopped. */
    JdbcTarget serverArchive(Path serverBase);

    static BenchDatabase named(String name) {
        return switch (name) {
            case "h2" -> new H2();
            case "postgresql" -> Postgresql.fromEnvironment(System.getenv());
            default -> throw new IllegalArgumentException("no such database: " + name + " (h2, postgresql)");
        };
    }

    /** The embedded default: a file per raw pass, and the server's own file under its data directory. */
    record H2() implements BenchDatabase {

        @Override
        public String name() {
            return "h2";
        }

        @Override
        public List<RawInsertPass.Method> rawMethods() {
            return List.of(RawInsertPass.Method.JDBC_BATCH);
        }

        @Override
        public JdbcTarget freshRawDatabase(Path work, int files) throws Exception {
            Path database = work.resolve("raw-" + files + "/archive");
            Files.createDirectories(database.getParent());
            Files.deleteIfExists(Path.of(database + ".mv.db"));
            Files.deleteIfExists(Path.of(database + ".trace.db"));
            return JdbcTarget.h2File(database);
        }

        @Override
        public long sizeBytes(JdbcTarget database) throws SQLException {
            String file = database.url().substring("jdbc:h2:file:".length()).replaceAll(";.*", "");
            try {
                return Files.size(Path.of(file + ".mv.db"));
            } catch (java.io.IOException e) {
                throw new SQLException("no H2 file for " + database.url(), e);
            }
        }

        @Override
        public Map<String, String> serverEnvironment() {
            return Map.of();
        }

        @Override
        public void resetServerDatabases() {
            // the server's base directory is new for every run, and its archive file with it
        }

        @Override
        public JdbcTarget serverArchive(Path serverBase) {
            return JdbcTarget.h2FileReadOnly(serverBase.resolve("data/baoku/archive"));
        }
    }

    /**
     * The production database: databases {@code baoku_bench_raw} (pass 3), {@code baoku_bench} and
     * {@code baoku_bench_jobs} (the server's archive and job repository), which {@code bin/postgres-up}
     * creates; the bench empties them (their {@code public} schema) before each use.
     */
    record Postgresql(String host, String port, String user, String password) implements BenchDatabase {

        static final String RAW = "baoku_bench_raw";
        static final String ARCHIVE = "baoku_bench";
        static final String JOBS = "baoku_bench_jobs";

        static Postgresql fromEnvironment(Map<String, String> env) {
            return new Postgresql(env.getOrDefault("BAOKU_DB_HOST", "localhost"),
                    env.getOrDefault("BAOKU_DB_PORT", "5432"), env.getOrDefault("BAOKU_DB_USER", "baoku"),
                    env.getOrDefault("BAOKU_DB_PASSWORD", "baoku"));
        }

        @Override
        public String name() {
            return "postgresql";
        }

        @Override
        public List<RawInsertPass.Method> rawMethods() {
            return List.of(RawInsertPass.Method.JDBC_BATCH, RawInsertPass.Method.COPY_BINARY);
        }

        JdbcTarget database(String name) {
            // reWriteBatchedInserts as the server's data source has it: one multi-row insert per batch
            return new JdbcTarget("jdbc:postgresql://" + host + ":" + port + "/" + name
                    + "?reWriteBatchedInserts=true&ApplicationName=baoku-bench", user, password);
        }

        @Override
        public JdbcTarget freshRawDatabase(Path work, int files) throws SQLException {
            JdbcTarget raw = database(RAW);
            empty(raw);
            return raw;
        }

        @Override
        public long sizeBytes(JdbcTarget database) throws SQLException {
            try (Connection db = database.open(); Statement query = db.createStatement();
                 ResultSet size = query.executeQuery("select pg_database_size(current_database())")) {
                size.next();
                return size.getLong(1);
            }
        }

        @Override
        public Map<String, String> serverEnvironment() {
            return Map.of("BAOKU_DB_HOST", host, "BAOKU_DB_PORT", port, "BAOKU_DB_USER", user,
                    "BAOKU_DB_PASSWORD", password, "BAOKU_DB_NAME", ARCHIVE, "BAOKU_JOBS_DB_NAME", JOBS);
        }

        @Override
        public void resetServerDatabases() throws SQLException {
            empty(database(ARCHIVE));
            empty(database(JOBS));
        }

        @Override
        public JdbcTarget serverArchive(Path serverBase) {
            return database(ARCHIVE);
        }

        /** Drops every table of the database's public schema: its owner may, without the right to drop it. */
        private static void empty(JdbcTarget database) throws SQLException {
            try (Connection db = database.open(); Statement sql = db.createStatement()) {
                sql.execute("drop schema if exists public cascade");
                sql.execute("create schema public");
            } catch (SQLException e) {
                throw new SQLException("cannot empty " + database.url() + " (run bin/postgres-up, which creates "
                        + RAW + ", " + ARCHIVE + " and " + JOBS + "): " + e.getMessage(), e);
            }
        }
    }
}
