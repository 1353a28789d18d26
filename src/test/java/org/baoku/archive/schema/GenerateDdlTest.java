package org.baoku.archive.schema;

import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.engine.Constants;
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
        // the H2 of the test classpath, which is the one WildFly ships (pom: version.h2)
        ArchiveMapping.writeDdl("H2", Constants.VERSION_MAJOR, Constants.VERSION_MINOR, Constants.BUILD_ID,
                dir.resolve("h2.sql"));
        // what bin/postgres-up installs on Debian 12; Hibernate 6.6 writes the same DDL for 12 to 17
        ArchiveMapping.writeDdl("PostgreSQL", 15, 0, 0, dir.resolve("postgresql.sql"));
    }
}
