package org.baoku.archive.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Empty databases for the migration tests: an in-memory H2 always, and PostgreSQL when
 * {@code baoku.test.postgresql.url} names a database (the {@code postgresql} Maven profile sets it), in a
 * throw-away schema that {@link #close()} drops.
 */
public final class TestDatabases implements AutoCloseable {

    static final String POSTGRESQL_URL = "baoku.test.postgresql.url";
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final List<Runnable> cleanups = new ArrayList<>();

    /** "h2" and, when configured, "postgresql". */
    public static Stream<String> vendors() {
        String url = System.getProperty(POSTGRESQL_URL, "");
        return url.isBlank() ? Stream.of("h2") : Stream.of("h2", "postgresql");
    }

    public DataSource empty(String vendor) throws SQLException {
        String name = "migration_test_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        if (vendor.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            cleanups.add(() -> execute(h2, "shutdown"));
            return h2;
        }
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setUrl(System.getProperty(POSTGRESQL_URL));
        admin.setUser(System.getProperty("baoku.test.postgresql.user", "baoku"));
        admin.setPassword(System.getProperty("baoku.test.postgresql.password", "baoku"));
        execute(admin, "create schema " + name);
        cleanups.add(() -> execute(admin, "drop schema " + name + " cascade"));
        PGSimpleDataSource postgresql = new PGSimpleDataSource();
        postgresql.setUrl(admin.getUrl());
        postgresql.setUser(admin.getUser());
        postgresql.setPassword(admin.getPassword());
        postgresql.setCurrentSchema(name);
        return postgresql;
    }

    public static void execute(DataSource dataSource, String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        cleanups.forEach(Runnable::run);
    }
}
