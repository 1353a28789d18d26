package org.baoku.archive.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The archive schema's versioned migrations. {@code db/migration/} holds one folder per database
 * ({@code h2}, {@code postgresql}): {@code V1} is schema v1 exactly as the JPA mapping defines it,
 * every later version evolves it in place. Nothing here ever drops an archive ({@code clean} is disabled).
 *
 * <p>An archive that already holds tables but no migration history was created by Hibernate from the
 * mapping (schema v1, before migrations existed): it is baselined at version 1, and the later versions
 * are applied on top of it.
 */
public final class ArchiveMigrations {

    /** Where the migrations live, one folder per database: {@code h2}, {@code postgresql}. */
    public static final String LOCATION = "classpath:db/migration/";

    /** The history table Flyway keeps in the archive schema. */
    public static final String HISTORY_TABLE = "flyway_schema_history";

    private ArchiveMigrations() {
    }

    /** The configuration every caller uses: the server's Integrator, the tests, and any tool. */
    public static FluentConfiguration configure(DataSource dataSource) {
        // The deployment's class loader, not the thread's: the server starts persistence units on its own
        // threads, and Flyway finds its database plugins and the migrations through this loader.
        return configure(Flyway.configure(ArchiveMigrations.class.getClassLoader()).dataSource(dataSource));
    }

    /** The same configuration for a tool outside the server that reaches the archive by JDBC URL. */
    public static FluentConfiguration configure(String jdbcUrl, String user, String password) {
        return configure(Flyway.configure(ArchiveMigrations.class.getClassLoader()).dataSource(jdbcUrl, user, password));
    }

    private static FluentConfiguration configure(FluentConfiguration flyway) {
        return flyway
                .locations(LOCATION + vendor(flyway.getDataSource()))
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .baselineDescription("archive schema v1 created by Hibernate before migrations existed")
                .cleanDisabled(true)
                .validateMigrationNaming(true);
    }

    /**
     * The migration folder for the database behind {@code dataSource}. (Flyway's own {@code {vendor}}
     * location placeholder is not in Flyway 13's community edition.)
     */
    public static String vendor(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the archive database to migrate it", e);
        }
        if (product.equals("h2")) {
            return "h2";
        }
        if (product.equals("postgresql")) {
            return "postgresql";
        }
        throw new IllegalStateException("no archive schema migrations for database " + product
                + " (there are for H2 and PostgreSQL)");
    }

    /** Brings the archive behind {@code dataSource} to the latest schema version. */
    public static MigrateResult migrate(DataSource dataSource) {
        return configure(dataSource).load().migrate();
    }
}
