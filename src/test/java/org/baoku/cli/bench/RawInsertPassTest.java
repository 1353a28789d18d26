package org.baoku.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;

import org.baoku.corpus.CorpusGenerator;
import org.baoku.corpus.CorpusSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawInsertPassTest {

    @Test
    void writesOneManifestEntryAndOneImportRecordPerFileAndCountsWhatItWrote(@TempDir Path temp) throws Exception {
        new CorpusGenerator(CorpusSpec.of(3, 4, 1, 3, 0.2)).writeTo(temp.resolve("corpus"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(temp.resolve("corpus"))) {
            files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Path database = temp.resolve("raw/archive");

        RawInsertPass.Result result = RawInsertPass.run(files, database);

        assertEquals(12, result.rowsByTable().get("manifest_entry"));
        assertEquals(12, result.rowsByTable().get("import_record"));
        assertTrue(result.databaseBytes() > 0);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + database, "baoku", "baoku")) {
            long total = 0;
            for (String table : ArchiveSchema.TABLES) {
                try (ResultSet count = db.createStatement().executeQuery("select count(*) from " + table)) {
                    count.next();
                    assertEquals(result.rowsByTable().get(table), count.getLong(1), table);
                    total += count.getLong(1);
                }
            }
            assertEquals(result.rows().count(), total);
            try (ResultSet outcomes = db.createStatement().executeQuery(
                    "select count(*) from import_record where outcome like 'IMPORTED%' and page_id is not null")) {
                outcomes.next();
                assertEquals(result.rowsByTable().get("page"), outcomes.getLong(1), "every stored page is recorded");
            }
        }
    }
}
