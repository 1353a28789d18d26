package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import javax.sql.DataSource;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.baoku.archive.schema.ArchiveAtV1;
import org.baoku.archive.schema.ArchiveMigrations;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Upgrading keeps the archive: the current release, started on an archive the first release made (schema v1
 * with a row in every table, {@link ArchiveAtV1}), migrates it when it deploys and serves what it held — the
 * publication, the issue, the page and the article with its whole text. On H2 the archive file is put where the
 * server's datasource finds it ({@code data/baoku/archive}); under {@code -Ppostgresql} into databases of its own
 * ({@code baoku_it_upgrade}, {@code baoku_it_upgrade_jobs}).
 */
@ExtendWith(DumpLaunchedServersOnFailure.class)
class UpgradeIT {

    private static final String PG_ARCHIVE = System.getProperty("baoku.it.upgrade.archiveDb");
    private static final String PG_JOBS = System.getProperty("baoku.it.upgrade.jobsDb");

    private LaunchedServer server;

    @Test
    void theCurrentReleaseStartedOnAFirstReleaseArchiveMigratesItAndServesEveryRow() throws Exception {
        server = LaunchedServer.prepare("upgrade-server", 600);
        DataSource archive;
        if (PG_ARCHIVE != null) {
            archive = postgresql(PG_ARCHIVE);
            TestDatabasesOfTheServer.empty(archive);
            TestDatabasesOfTheServer.empty(postgresql(PG_JOBS));
            server.withEnvironment("BAOKU_DB_NAME", PG_ARCHIVE).withEnvironment("BAOKU_JOBS_DB_NAME", PG_JOBS);
        } else {
            JdbcDataSource h2 = new JdbcDataSource(); // as deployments/h2/archive-datasource.cli opens it
            h2.setURL("jdbc:h2:" + server.base().resolve("data/baoku/archive") + ";DB_CLOSE_ON_EXIT=FALSE");
            h2.setUser("baoku");
            h2.setPassword("baoku");
            archive = h2;
        }
        ArchiveAtV1.create(archive);
        if (PG_ARCHIVE == null) {
            TestDatabasesOfTheServer.shutdown(archive); // the server opens the file itself
        }

        server.start();

        ArchiveClient reader = new ArchiveClient(server.api().replaceFirst("api$", ""));
        JsonObject publications = reader.read("archive/publications");
        assertEquals(1, publications.getJsonNumber("total").longValue(), publications.toString());
        JsonObject article = reader.read("archive/articles/1");
        assertEquals("主标题", article.getString("headline"), article.toString());
        assertEquals(ArchiveAtV1.BODY, article.getString("body"), "the whole text of the article, as v1 stored it");
        JsonObject page = reader.read("archive/pages/1");
        assertEquals("01", page.getString("label"));
        assertEquals(2, page.getInt("revision"));
        assertEquals("PAGE_TEXT", page.getString("layout"), "V5 gave the page its layout");
        JsonObject issue = reader.read("archive/issues/" + page.getJsonObject("issue").getJsonNumber("id").longValue());
        assertEquals(ArchiveAtV1.TITLE, issue.getJsonObject("publication").getString("title"));
        assertEquals(ArchiveAtV1.DATE, issue.getString("date"));
        assertTrue(issue.getJsonArray("pages").stream().map(JsonValue::asJsonObject)
                .anyMatch(p -> p.getJsonNumber("id").longValue() == 1), issue.toString());

        server.stop(); // H2: the file is the server's while it runs
        MigrationInfo[] all = ArchiveMigrations.configure(archive).load().info().all();
        MigrationInfo current = ArchiveMigrations.configure(archive).load().info().current();
        assertEquals(all[all.length - 1].getVersion(), current.getVersion(),
                "migrated to the latest version: " + Arrays.toString(all));
    }

    private static DataSource postgresql(String database) {
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setUrl("jdbc:postgresql://" + System.getProperty("baoku.it.db.host", "localhost") + ":"
                + System.getProperty("baoku.it.db.port", "5432") + "/" + database);
        db.setUser(System.getProperty("baoku.it.db.user", "baoku"));
        db.setPassword(System.getProperty("baoku.it.db.password", "baoku"));
        return db;
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    /** What the test does to a database before and after the server has it. */
    private static final class TestDatabasesOfTheServer {

        static void empty(DataSource postgresql) throws Exception {
            execute(postgresql, "drop schema public cascade", "create schema public");
        }

        static void shutdown(DataSource h2) throws Exception {
            execute(h2, "shutdown");
        }

        private static void execute(DataSource db, String... statements) throws Exception {
            try (var connection = db.getConnection(); var statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        }
    }
}
