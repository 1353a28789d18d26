package org.baoku.archive.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.baoku.archive.ArticleEntity;
import org.baoku.archive.Issue;
import org.baoku.archive.Page;
import org.baoku.archive.Publication;
import org.baoku.archive.RunReportRecord;
import org.baoku.issuefile.ParseStatus;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The archive schema's migrations on H2 (and PostgreSQL under {@code -Ppostgresql}): an empty database
 * gets the schema the mapping expects, an archive at v1 with data is upgraded in place to the latest
 * version without losing a row, and an archive Hibernate created before migrations existed is adopted.
 * Hibernate (the version WildFly ships) validates the result as it does in the server.
 */
class ArchiveMigrationsTest {

    /** Every table of schema v1. */
    private static final List<String> TABLES = List.of("publication", "issue", "page", "article", "contributor",
            "article_contributor", "guide_entry", "finding", "import_record", "manifest_entry", "run_report",
            "import_schedule");




    private final TestDatabases databases = new TestDatabases();

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    @ParameterizedTest
    @MethodSource("org.baoku.archive.schema.TestDatabases#vendors")
    void anEmptyDatabaseGetsTheSchemaTheMappingExpects(String vendor) throws Exception {
        DataSource db = databases.empty(vendor);

        try (SessionFactory sessionFactory = ArchiveMapping.sessionFactory(db, true)) {
            assertEquals(latestVersion(db), currentVersion(db));
            assertEquals("8", currentVersion(db),
                    "V1 schema v1, V2 query indexes, V3 article body in the row, V4 a run's outcomes index, "
                            + "V5 delivery layouts, V6 front-page labels, V7 one current page per label, V8 shared import ranges");
            storeAPageThroughHibernate(sessionFactory, "new.txt");
        }
        assertEquals(1, count(db, "article"));
    }

    @ParameterizedTest
    @MethodSource("org.baoku.archive.schema.TestDatabases#vendors")
    void anArchiveAtV1WithDataIsUpgradedInPlaceWithoutLosingARow(String vendor) throws Exception {
        DataSource db = databases.empty(vendor);
        ArchiveMigrations.configure(db).target("1").load().migrate();
        assertEquals("1", currentVersion(db));
        ArchiveAtV1.insertRows(db);
        Map<String, List<String>> v1Columns = columns(db);
        List<String> before = snapshot(db, v1Columns);

        try (SessionFactory sessionFactory = ArchiveMapping.sessionFactory(db, true)) {
            assertEquals(latestVersion(db), currentVersion(db));
            assertEquals(before, snapshot(db, v1Columns), "every row of every table survives the upgrade");
            sessionFactory.inTransaction(session -> {
                ArticleEntity article = session.find(ArticleEntity.class, 1L);
                assertEquals(ArchiveAtV1.BODY, article.getBody());
                assertEquals("焦作日报", article.getPage().getIssue().getPublication().getTitle());
                assertEquals(ArchiveAtV1.REPORT_JSON, session.find(RunReportRecord.class, 1L).getJson());
            });
            storeAPageThroughHibernate(sessionFactory, "after-upgrade.txt");
        }
        assertEquals(2, count(db, "article"));
        assertTrue(indexExists(db, "ix_import_record_execution_outcome"));
    }

    @ParameterizedTest
    @MethodSource("org.baoku.archive.schema.TestDatabases#vendors")
    void anArchiveHibernateCreatedBeforeMigrationsIsBaselinedAtV1AndUpgraded(String vendor) throws Exception {
        DataSource db = databases.empty(vendor);
        // what Hibernate created from the mapping of schema v1, which V1 repeats exactly, without a history
        ArchiveMigrations.configure(db).target("1").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table \"" + ArchiveMigrations.HISTORY_TABLE + "\"");
        }
        ArchiveAtV1.insertRows(db);
        Map<String, List<String>> v1Columns = columns(db);
        List<String> before = snapshot(db, v1Columns);

        try (SessionFactory sessionFactory = ArchiveMapping.sessionFactory(db, true)) {
            MigrationInfo[] applied = ArchiveMigrations.configure(db).load().info().applied();
            assertEquals("BASELINE", applied[0].getType().name());
            assertEquals("1", applied[0].getVersion().getVersion());
            assertEquals(latestVersion(db), currentVersion(db));
            assertEquals(before, snapshot(db, v1Columns));
            storeAPageThroughHibernate(sessionFactory, "after-baseline.txt");
        }
    }

    @ParameterizedTest
    @MethodSource("org.baoku.archive.schema.TestDatabases#vendors")
    void pagesStoredWithoutALabelGetAPlaceholderAndAnIssueHoldsOneCurrentPagePerLabel(String vendor) throws Exception {
        DataSource db = databases.empty(vendor);
        ArchiveMigrations.configure(db).target("6").load().migrate();
        ArchiveAtV1.insertRows(db); // page 1: label 01, revision 2, current
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // what an earlier release let in: two files as page NULL revision 1 of the same issue
            s.execute(pageRow(2, null, 1, false));
            s.execute(pageRow(3, null, 1, false));
        }

        ArchiveMigrations.migrate(db);

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet labels = s.executeQuery("select label from page order by id")) {
                List<String> read = new java.util.ArrayList<>();
                while (labels.next()) {
                    read.add(labels.getString(1));
                }
                assertEquals(List.of("01", "NL2", "NL3"), read);
            }
            assertThrows(SQLException.class, () -> s.execute(pageRow(4, null, 1, false)), "a label is required");
            assertThrows(SQLException.class, () -> s.execute(pageRow(5, "01", 3, false)),
                    "a second current page 01 of the issue, even as another revision");
            s.execute(pageRow(6, "01", 1, true)); // an older, superseded revision of page 01 is allowed
        }
        assertEquals(4, count(db, "page"));
    }

    private static String pageRow(long id, String label, int revision, boolean superseded) {
        return "insert into page (id, issue_id, label, source_path, sha256, size_bytes, status, imported_at, revision, "
                + "superseded) values (" + id + ", 1, " + (label == null ? "null" : "'" + label + "'") + ", '/inbox/p" + id
                + ".txt', '" + "b".repeat(64) + "', 10, 'ACCEPTED', timestamp with time zone '2025-08-13 10:00:00+08', "
                + revision + ", " + superseded + ")";
    }

    @ParameterizedTest
    @MethodSource("org.baoku.archive.schema.TestDatabases#vendors")
    void migratingAgainChangesNothing(String vendor) throws Exception {
        DataSource db = databases.empty(vendor);
        ArchiveMigrations.migrate(db);
        assertEquals(0, ArchiveMigrations.migrate(db).migrationsExecuted);
        ArchiveMapping.sessionFactory(db, true).close();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static String currentVersion(DataSource db) {
        MigrationInfo current = ArchiveMigrations.configure(db).load().info().current();
        assertNotNull(current, "no migration applied");
        return current.getVersion().getVersion();
    }

    private static String latestVersion(DataSource db) {
        MigrationInfoService info = ArchiveMigrations.configure(db).load().info();
        MigrationInfo[] all = info.all();
        return all[all.length - 1].getVersion().getVersion();
    }

    private static void storeAPageThroughHibernate(SessionFactory sessionFactory, String file) {
        sessionFactory.inTransaction(session -> {
            Publication publication = session.createSelectionQuery("from Publication where title = :t", Publication.class)
                    .setParameter("t", "焦作日报").getResultStream().findFirst().orElse(null);
            if (publication == null) {
                publication = new Publication("焦作日报");
                session.persist(publication);
            }
            Issue issue = new Issue(publication, LocalDate.of(2025, 8, 14));
            session.persist(issue);
            Page page = new Page(issue, "01", "要闻", null, "/inbox/" + file, "f".repeat(64), "UTF-8", 10,
                    ParseStatus.ACCEPTED, Instant.now());
            session.persist(page);
            session.persist(newArticle(page));
        });
    }

    private static ArticleEntity newArticle(Page page) {
        return newArticle(page, 0, ArchiveAtV1.BODY);
    }

    /** An article as the import makes one (its text is set by the archive's own code, not by a public setter). */
    static ArticleEntity newArticle(Page page, int orderOnPage, String body) {
        ArticleEntity article = new ArticleEntity(page, orderOnPage);
        try {
            var setText = ArticleEntity.class.getDeclaredMethod("setText", String.class, String.class, String.class,
                    String.class);
            setText.setAccessible(true);
            setText.invoke(article, body, null, null, null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return article;
    }



    /** The columns of every table, in the database's order: what a later version must keep. */
    private static Map<String, List<String>> columns(DataSource db) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery("select * from " + table + " where 1 = 0")) {
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        names.add(r.getMetaData().getColumnName(i).toLowerCase());
                    }
                    columns.put(table, names);
                }
            }
        }
        return columns;
    }

    /** Every row of every table, as text, in id order: the values of the given columns (later versions add some). */
    private static List<String> snapshot(DataSource db, Map<String, List<String>> columns) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery("select * from " + table + " order by id")) {
                    while (r.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (String column : columns.get(table)) {
                            Object value = r.getObject(column);
                            row.append('|').append(column).append('=')
                                    .append(value instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length())
                                            : value);
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        assertEquals(TABLES.size(), rows.size(), "one row in every table");
        return rows;
    }

    private static long count(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean indexExists(DataSource db, String name) throws SQLException {
        try (Connection c = db.getConnection();
             ResultSet r = c.getMetaData().getIndexInfo(null, c.getSchema(),
                     c.getMetaData().storesUpperCaseIdentifiers() ? "IMPORT_RECORD" : "import_record", false, false)) {
            while (r.next()) {
                if (name.equalsIgnoreCase(r.getString("INDEX_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
