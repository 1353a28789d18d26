package org.baoku.importjob;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A node's share of a run imports exactly as the run's own import step does: the two Job XMLs differ only in the
 * step's id, what follows it, the partition mapper and that the share does not index as it imports (JSR-352 has no
 * include, so the step is written twice).
 */
class ShareJobXmlTest {

    private static final Pattern IMPORT_STEP = Pattern.compile("<step id=\"(import-issue-files|import-share-of-run)\"[^>]*>(.*?)</step>",
            Pattern.DOTALL);

    @Test
    void theShareJobsStepIsTheImportStepWithAMapperThatPlansNothing() throws Exception {
        String run = body(Path.of("jobs/archive-import.xml"));
        String share = body(Path.of("jobs/archive-import-share.xml"));

        assertEquals(run.replace("<mapper ref=\"manifestPartitionMapper\">", "<mapper ref=\"sharePartitionMapper\">")
                .replace("name=\"indexAsImported\" value=\"true\"", "name=\"indexAsImported\" value=\"false\""), share);
    }

    private static String body(Path xml) throws Exception {
        Matcher step = IMPORT_STEP.matcher(Files.readString(xml));
        if (!step.find()) {
            throw new AssertionError(xml + " has no import step");
        }
        return step.group(2);
    }
}
