package org.baoku.archive.schema;

import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the archive's schema migrations while Hibernate builds the session factory of a persistence unit
 * that asks for it ({@value #MIGRATE}{@code =true}). Hibernate calls integrators before its schema
 * management ({@code hibernate.hbm2ddl.auto=validate}) runs, so the schema is current when it is
 * validated, and the deployment fails when a migration fails. Registered through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}; WildFly's Hibernate finds it in the
 * deployment.
 */
public class SchemaMigrationIntegrator implements Integrator {

    /** Persistence-unit property that switches the migrations on for that unit. */
    public static final String MIGRATE = "baoku.schema.migrate";

    private static final Logger LOG = Logger.getLogger(SchemaMigrationIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        if (!Boolean.parseBoolean(String.valueOf(sessionFactory.getProperties().get(MIGRATE)))) {
            return;
        }
        ConnectionProvider connections = sessionFactory.getServiceRegistry().getService(ConnectionProvider.class);
        if (connections == null || !connections.isUnwrappableAs(DataSource.class)) {
            throw new IllegalStateException(MIGRATE + " needs a persistence unit on a DataSource, got " + connections);
        }
        String unit = sessionFactory.getName() != null ? sessionFactory.getName() : sessionFactory.getUuid();
        LOG.info(() -> "Migrating the schema of persistence unit " + unit);
        MigrateResult result = ArchiveMigrations.migrate(connections.unwrap(DataSource.class));
        LOG.info(() -> "Schema of persistence unit " + unit + " (" + result.database + ") is at version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + ": " + result.migrationsExecuted + " migration(s) applied, was "
                + (result.initialSchemaVersion != null ? result.initialSchemaVersion : "empty"));
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
