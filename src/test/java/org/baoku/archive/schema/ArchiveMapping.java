package org.baoku.archive.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.Entity;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * The archive's JPA mapping outside the server, with the Hibernate version WildFly ships: every
 * {@code @Entity} of the persistence unit's packages ({@code org.baoku.archive}, and
 * {@code org.baoku.operations} for the import schedule), found in the compiled classes, so a new entity
 * is never forgotten here.
 */
public final class ArchiveMapping {

    /** An entity of each package that holds the persistence unit's (persistence.xml lists none: all of the WAR's). */
    private static final List<Class<?>> PACKAGES = List.of(org.baoku.archive.Page.class,
            org.baoku.operations.ImportSchedule.class);

    private ArchiveMapping() {
    }

    static List<Class<?>> entities() {
        return PACKAGES.stream().flatMap(ArchiveMapping::entitiesOf).toList();
    }

    private static Stream<Class<?>> entitiesOf(Class<?> member) {
        String pkg = member.getPackageName();
        URL dir = member.getResource(member.getSimpleName() + ".class");
        try (Stream<Path> files = Files.list(Paths.get(dir.toURI()).getParent())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("package-info"))
                    .sorted()
                    .map(n -> load(pkg + "." + n.substring(0, n.length() - ".class".length())))
                    .filter(c -> c.isAnnotationPresent(Entity.class))
                    .<Class<?>>map(c -> c)
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The settings of persistence.xml that shape the schema. */
    private static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.id.optimizer.pooled.preferred", "pooled-lo");
        settings.put(AvailableSettings.SHOW_SQL, "false");
        // the index belongs to the server; Hibernate Search is on this classpath only to compile against
        settings.put("hibernate.search.enabled", "false");
        return settings;
    }

    private static Metadata metadata(StandardServiceRegistry registry) {
        MetadataSources sources = new MetadataSources(registry);
        entities().forEach(sources::addAnnotatedClass);
        return sources.buildMetadata();
    }

    /**
     * A session factory on {@code dataSource} as the server builds it: the migrations run first (through
     * {@link SchemaMigrationIntegrator}, found by the service loader), then Hibernate validates.
     */
    public static SessionFactory sessionFactory(DataSource dataSource, boolean migrate) {
        return sessionFactory(dataSource, migrate, "validate");
    }

    private static SessionFactory sessionFactory(DataSource dataSource, boolean migrate, String hbm2ddl) {
        Map<String, Object> settings = settings();
        settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        settings.put(AvailableSettings.HBM2DDL_AUTO, hbm2ddl);
        settings.put(SchemaMigrationIntegrator.MIGRATE, Boolean.toString(migrate));
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            return metadata(registry).buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /**
     * Writes the DDL Hibernate generates from the mapping for a database ({@code product} as JDBC names
     * it, and its version), without a database. The version matters: Hibernate's dialects shape the
     * DDL by it (H2Dialect, for one, declares enums as H2 {@code enum} types for an old H2 and as
     * {@code varchar} with a check constraint for the H2 WildFly ships), so it must be the version the
     * server runs.
     */
    static void writeDdl(String product, int major, int minor, int micro, Path file) {
        Map<String, Object> settings = settings();
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, product);
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, major + "." + minor + "." + micro);
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, Integer.toString(major));
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, Integer.toString(minor));
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, file.toString());
        settings.put(AvailableSettings.HBM2DDL_DELIMITER, ";");
        settings.put(AvailableSettings.FORMAT_SQL, "true");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            Files.deleteIfExists(file);
            SchemaManagementToolCoordinator.process(metadata(registry), registry, settings, action -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
