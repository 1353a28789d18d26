package org.baoku.archive.schema;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check but a tool: writes the DDL that Hibernate generates from the mapping, for H2 and
 * PostgreSQL, as the starting point of a new migration (compare it with the latest schema, hand-clean
 * the difference into {@code V<n>__….sql} of each vendor folder).
 *
 * <pre>mvn -B test -Dtest=GenerateDdlTest -Dbaoku.ddl.dir=target/ddl -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "baoku.ddl.dir", matches = ".+")
class GenerateDdlTest {

    @Test
    void writesTheMappingsDdlForEachDatabase() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("baoku.ddl.dir")));
        ArchiveMapping.writeDdl("org.hibernate.dialect.H2Dialect", dir.resolve("h2.sql"));
        ArchiveMapping.writeDdl("org.hibernate.dialect.PostgreSQLDialect", dir.resolve("postgresql.sql"));
    }
}
