package org.baoku.importjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The Job XML comments and the README's tables say what {@link JobParameterRules} checks. When a rule
 * changes, {@code mvn test -Dtest=JobParameterDocsTest -Dbaoku.docs.write=true} rewrites them.
 */
class JobParameterDocsTest {

    private static final boolean WRITE = Boolean.getBoolean("baoku.docs.write");
    private static final String HEADING = "  Job parameters";

    @Test
    void everyJobXmlCommentListsItsParametersAsTheRulesDo() throws IOException {
        for (String job : JobParameterRules.jobs()) {
            Path xml = Path.of("jobs", job + ".xml");
            String text = Files.readString(xml, StandardCharsets.UTF_8);
            int start = text.indexOf(HEADING);
            assertTrue(start > 0, xml + " has a \"Job parameters\" block in its comment");
            int end = text.indexOf("\n\n", start);
            String block = text.substring(start, end);
            String expected = JobParameterDocs.jobXmlComment(job);
            if (WRITE) {
                Files.writeString(xml, text.substring(0, start) + expected + text.substring(end), StandardCharsets.UTF_8);
            } else {
                assertEquals(expected, block, xml + " (rewrite with -Dbaoku.docs.write=true)");
            }
        }
    }

    @Test
    void theReadmeTablesListTheParametersAsTheRulesDo() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        for (String job : JobParameterRules.jobs()) {
            String open = "<!-- job-parameters " + job + " -->\n";
            String close = "\n<!-- /job-parameters -->";
            int start = text.indexOf(open);
            assertTrue(start >= 0, "README.md has the table of " + job + " between " + open.strip() + " and "
                    + close.strip());
            int from = start + open.length();
            int end = text.indexOf(close, from);
            String expected = JobParameterDocs.markdownTable(job);
            if (WRITE) {
                text = text.substring(0, from) + expected + text.substring(end);
            } else {
                assertEquals(expected, text.substring(from, end), "README.md, " + job
                        + " (rewrite with -Dbaoku.docs.write=true)");
            }
        }
        if (WRITE) {
            Files.writeString(readme, text, StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyTypeColumnSaysKindAndRange() {
        assertTrue(JobParameterDocs.markdownTable("archive-import")
                .contains("| `chunkSize` | whole number 1–10000 | `200` | files per transaction |"));
        assertTrue(JobParameterDocs.markdownTable("archive-import")
                .contains("| `inbox` | directory, required | — |"));
    }
}
