package org.baoku.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.baoku.corpus.CorpusGenerator;
import org.baoku.corpus.CorpusSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The raw insert passes write the rows they count, the same rows by every method. The PostgreSQL cases run
 * when {@code baoku.test.postgresql.url} names a database (the {@code postgresql} profile), each in a
 * throw-away schema.
 */
class RawInsertPassTest {

    /** Differ between two passes by when they ran, not by what they wrote. */
    private static final Set<String> CLOCK_COLUMNS = Set.of("imported_at", "modified_at", "recorded_at");

    @TempDir
    Path temp;

    @Test
    void writesOneManifestEntryAndOneImportRecordPerFileAndCountsWhatItWroteIntoH2() throws Exception {
        JdbcTarget database = JdbcTarget.h2File(temp.resolve("raw/archive"));

        RawInsertPass.Result result = RawInsertPass.run(corpus(), database, RawInsertPass.Method.JDBC_BATCH,
                new BenchDatabase.H2());

        assertWroteWhatItCounted(result, database);
        assertTrue(result.databaseBytes() > 0);
    }

    @Test
    void postgresqlJdbcBatchesAndBinaryCopyWriteTheSameRows() throws Exception {
        String url = System.getProperty("baoku.test.postgresql.url", "");
        Assumptions.assumeFalse(url.isBlank(), "no PostgreSQL configured (mvn -Ppostgresql)");
        List<Path> files = corpus();
        String user = System.getProperty("baoku.test.postgresql.user", "baoku");
        String password = System.getProperty("baoku.test.postgresql.password", "baoku");
        JdbcTarget admin = new JdbcTarget(url, user, password);
        String batchSchema = "raw_batch_" + ProcessHandle.current().pid();
        String copySchema = "raw_copy_" + ProcessHandle.current().pid();
        execute(admin, "create schema " + batchSchema, "create schema " + copySchema);
        try {
            JdbcTarget batch = new JdbcTarget(url + "?currentSchema=" + batchSchema, user, password);
            JdbcTarget copy = new JdbcTarget(url + "?currentSchema=" + copySchema, user, password);
            BenchDatabase postgresql = new BenchDatabase.Postgresql("-", "-", user, password);

            RawInsertPass.Result batched = RawInsertPass.run(files, batch, RawInsertPass.Method.JDBC_BATCH, postgresql);
            RawInsertPass.Result copied = RawInsertPass.run(files, copy, RawInsertPass.Method.COPY_BINARY, postgresql);

            assertWroteWhatItCounted(batched, batch);
            assertWroteWhatItCounted(copied, copy);
            assertEquals(batched.rowsByTable(), copied.rowsByTable());
            for (String table : ArchiveSchema.TABLES) {
                assertEquals(rows(batch, table), rows(copy, table), table + ": every column but the clocks");
            }
            assertEquals(1, count(copy, "select count(*) from page p join import_record r on r.page_id = p.id "
                    + "where r.recorded_at = p.imported_at and p.id = (select min(id) from page)"),
                    "timestamps arrive as the instants written");
        } finally {
            execute(admin, "drop schema " + batchSchema + " cascade", "drop schema " + copySchema + " cascade");
        }
    }

    private List<Path> corpus() throws Exception {
        new CorpusGenerator(CorpusSpec.of(3, 4, 1, 3, 0.2)).writeTo(temp.resolve("corpus"));
        try (Stream<Path> walk = Files.walk(temp.resolve("corpus"))) {
            return walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static void assertWroteWhatItCounted(RawInsertPass.Result result, JdbcTarget database) throws Exception {
        assertEquals(12, result.rowsByTable().get("manifest_entry"));
        assertEquals(12, result.rowsByTable().get("import_record"));
        long total = 0;
        for (String table : ArchiveSchema.TABLES) {
            long rows = count(database, "select count(*) from " + table);
            assertEquals(result.rowsByTable().get(table), rows, table);
            total += rows;
        }
        assertEquals(result.rows().count(), total);
        assertEquals(result.rowsByTable().get("page"), count(database,
                "select count(*) from import_record where outcome like 'IMPORTED%' and page_id is not null"),
                "every stored page is recorded");
    }

    /** Every row of the table, its columns but the clocks as text, in id order. */
    private static List<String> rows(JdbcTarget database, String table) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = database.open(); Statement query = db.createStatement();
             ResultSet all = query.executeQuery("select * from " + table + " order by id")) {
            ResultSetMetaData meta = all.getMetaData();
            while (all.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (!CLOCK_COLUMNS.contains(meta.getColumnName(i))) {
                        row.append(meta.getColumnName(i)).append('=').append(all.getString(i)).append(' ');
                    }
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static long count(JdbcTarget database, String sql) throws Exception {
        try (Connection db = database.open(); Statement query = db.createStatement(); ResultSet count = query.executeQuery(sql)) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void execute(JdbcTarget database, String... statements) throws Exception {
        try (Connection db = database.open(); Statement sql = db.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }
}
