package org.baoku.archive.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.baoku.archive.Issue;
import org.baoku.archive.Page;
import org.baoku.archive.Publication;
import org.baoku.issuefile.ParseStatus;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code bin/baoku-admin backup DIR} then {@code restore DIR} gives back the archive and the job repository as
 * they were: every table's rows, and the articles' text to the byte (a checksum over all of them). On H2 (the
 * build's default, database files in a directory of the test's own) and on PostgreSQL under {@code -Ppostgresql}
 * (databases {@code baoku_it_backup} and {@code baoku_it_backup_jobs}). No server runs: the tool works on the
 * databases, the way an operator uses it with the server stopped (H2) or running (PostgreSQL backup).
 */
class ArchiveBackupIT {

    private static final Path PROJECT = Path.of(System.getProperty("baoku.projectDir", ".")).toAbsolutePath();
    private static final String SERVER = System.getProperty("jboss.home", "target/server");
    private static final String PG_ARCHIVE = System.getProperty("baoku.it.backup.archiveDb");
    private static final String PG_JOBS = System.getProperty("baoku.it.backup.jobsDb");
    private static final List<String> TABLES = List.of("publication", "issue", "page", "article", "finding",
            "import_record", "\"" + ArchiveMigrations.HISTORY_TABLE + "\"");

    private final Path work = PROJECT.resolve("target/backup-it-" + UUID.randomUUID());
    private final boolean postgresql = PG_ARCHIVE != null;

    @Test
    void aBackupRestoredGivesBackEveryRowAndEveryArticleToTheByte() throws Exception {
        DataSource archive = database("archive", PG_ARCHIVE);
        DataSource jobs = database("job-repository", PG_JOBS);
        fillArchive(archive);
        TestDatabases.execute(jobs, "create table JOB_EXECUTION (JOBEXECUTIONID bigint primary key, EXITSTATUS varchar(512))",
                "insert into JOB_EXECUTION values (1, 'COMPLETED'), (2, 'COMPLETED_WITH_REJECTS'), (3, 'FAILED: 停电')");
        Map<String, Long> rows = rows(archive);
        String articles = articleChecksum(archive);
        Path backup = work.resolve("backup");

        Result taken = admin("backup", backup);
        assertEquals(0, taken.exit(), taken.output());
        assertTrue(Files.readString(backup.resolve("counts.txt")).contains("archive.article=" + rows.get("article")),
                taken.output());
        Result again = admin("backup", backup);
        assertEquals(1, again.exit(), "a second backup into the same directory is refused: " + again.output());

        // the archive changes after the backup: what the restore must undo
        TestDatabases.execute(archive, "delete from finding", "delete from article_contributor",
                "delete from article where id in (select min(id) from article)");
        TestDatabases.execute(jobs, "delete from JOB_EXECUTION where JOBEXECUTIONID = 3");
        assertNotEquals(articles, articleChecksum(archive));
        if (!postgresql) {
            shutdown(archive);
            shutdown(jobs);
        }

        Result restored = admin("restore", backup);
        assertEquals(0, restored.exit(), restored.output());

        assertEquals(rows, rows(archive), "every table's rows as they were");
        assertEquals(articles, articleChecksum(archive), "every article's text as it was");
        assertEquals(3, count(jobs, "JOB_EXECUTION"), "the run history as it was");
        if (!postgresql) {
            try (Stream<Path> aside = Files.list(work.resolve("h2"))) {
                assertTrue(aside.anyMatch(dir -> dir.getFileName().toString().startsWith("before-restore-")
                        && Files.exists(dir.resolve("archive.mv.db"))), "the replaced files are kept aside");
            }
        }
        try (SessionFactory validated = ArchiveMapping.sessionFactory(archive, true)) {
            // the restored schema is the one the mapping expects, and its migration history says so
            assertEquals(0, ArchiveMigrations.migrate(archive).migrationsExecuted);
        }
    }

    private DataSource database(String h2Name, String pgName) throws SQLException {
        if (postgresql) {
            PGSimpleDataSource db = new PGSimpleDataSource();
            db.setUrl("jdbc:postgresql://" + System.getProperty("baoku.it.db.host", "localhost") + ":"
                    + System.getProperty("baoku.it.db.port", "5432") + "/" + pgName);
            db.setUser(System.getProperty("baoku.it.db.user", "baoku"));
            db.setPassword(System.getProperty("baoku.it.db.password", "baoku"));
            TestDatabases.execute(db, "drop schema public cascade", "create schema public");
            return db;
        }
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:" + work.resolve("h2").resolve(h2Name)); // as the server's datasources name them
        db.setUser("baoku");
        db.setPassword("baoku");
        return db;
    }

    /** Forty pages of twenty issues, each with three articles of their own text, through the archive's mapping. */
    private static void fillArchive(DataSource archive) {
        try (SessionFactory sessionFactory = ArchiveMapping.sessionFactory(archive, true)) {
            sessionFactory.inTransaction(session -> {
                Publication paper = new Publication("备份日报");
                session.persist(paper);
                for (int day = 0; day < 20; day++) {
                    Issue issue = new Issue(paper, LocalDate.of(1980, 1, 1).plusDays(day));
                    session.persist(issue);
                    for (int p = 1; p <= 2; p++) {
                        Page page = new Page(issue, "0" + p, "要闻", null, "/inbox/" + day + "-" + p + ".txt",
                                HexFormat.of().formatHex(new byte[32]).replace('0', (char) ('a' + p)), "UTF-8", 100,
                                ParseStatus.ACCEPTED, Instant.parse("1980-01-01T00:00:00Z").plusSeconds(day));
                        session.persist(page);
                        for (int a = 0; a < 3; a++) {
                            session.persist(ArchiveMigrationsTest.newArticle(page, a,
                                    "第" + day + "日第" + p + "版第" + a + "篇：本报讯　" + "春耕备耕全面展开。".repeat(day + a + 1)));
                        }
                    }
                }
            });
        }
    }

    private static Map<String, Long> rows(DataSource db) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, count(db, table));
        }
        return rows;
    }

    private static long count(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String articleChecksum(DataSource db) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id, page_id, order_on_page, body from article order by id")) {
            while (r.next()) {
                sha256.update((r.getLong(1) + "|" + r.getLong(2) + "|" + r.getInt(3) + "|" + r.getString(4) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void shutdown(DataSource h2) {
        TestDatabases.execute(h2, "shutdown");
    }

    record Result(int exit, String output) {
    }

    private Result admin(String command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(PROJECT.resolve("bin/baoku-admin").toString(), command, dir.toString(),
                "--server", Path.of(SERVER).toAbsolutePath().toString(), "--h2-dir", work.resolve("h2").toString())
                .redirectErrorStream(true);
        builder.environment().put("BAOKU_DB", postgresql ? "postgresql" : "h2");
        if (postgresql) {
            builder.environment().put("BAOKU_DB_HOST", System.getProperty("baoku.it.db.host", "localhost"));
            builder.environment().put("BAOKU_DB_PORT", System.getProperty("baoku.it.db.port", "5432"));
            builder.environment().put("BAOKU_DB_USER", System.getProperty("baoku.it.db.user", "baoku"));
            builder.environment().put("BAOKU_DB_PASSWORD", System.getProperty("baoku.it.db.password", "baoku"));
            builder.environment().put("BAOKU_DB_NAME", PG_ARCHIVE);
            builder.environment().put("BAOKU_JOBS_DB_NAME", PG_JOBS);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/baoku-admin " + command + " did not end within 5 minutes: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
