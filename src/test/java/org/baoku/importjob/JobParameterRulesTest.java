package org.baoku.importjob;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JobParameterRulesTest {

    private static final String INBOX = "/data/inbox";

    @Test
    void theParametersTheTestsAndTheDocsUseAreAccepted() {
        assertDoesNotThrow(() -> JobParameterRules.check("archive-import", Map.of("inbox", INBOX)));
        Map<String, String> all = new LinkedHashMap<>();
        all.put("inbox", INBOX);
        all.put("include", "2024-*/**.txt, *.xml");
        all.put("exclude", "**/draft-*");
        all.put("settleSeconds", "0");
        all.put("quarantine", "/data/q");
        all.put("reports", "/data/reports");
        all.put("maxFileBytes", "20971520");
        all.put("publication", "青川日报");
        all.put("partitions", " 4 ");
        all.put("chunkSize", "200");
        all.put("rejectLimit", "0");
        all.put("retryLimit", "3");
        all.put("indexChunkSize", "1");
        assertDoesNotThrow(() -> JobParameterRules.check("archive-import", all));
        assertDoesNotThrow(() -> JobParameterRules.check("purge-history", Map.of("days", "1", "reports", "/r")));
        assertDoesNotThrow(() -> JobParameterRules.check("reindex-archive", Map.of()));
        assertDoesNotThrow(() -> JobParameterRules.check("reindex-archive", Map.of("chunkSize", "10000")));
    }

    @Test
    void blankMeansTheDefault() {
        assertDoesNotThrow(() -> JobParameterRules.check("archive-import",
                Map.of("inbox", INBOX, "chunkSize", "", "partitions", "  ")));
    }

    @Test
    void theIssuesExamplesAreRefusedNamingTheParameterAndWhy() {
        assertEquals("job parameter 'chunkSize' must be a whole number from 1 to 10000, not -5",
                problem("archive-import", Map.of("inbox", INBOX, "chunkSize", "-5")));
        assertEquals("job parameter 'partitions' must be a whole number from 1 to 64, not 'abc'",
                problem("archive-import", Map.of("inbox", INBOX, "partitions", "abc")));
        assertEquals("job parameter 'settleSeconds' must be a whole number from 0 to 604800, not '1e99'",
                problem("archive-import", Map.of("inbox", INBOX, "settleSeconds", "1e99")));
    }

    @Test
    void numbersOutOfLongAndFractionsAreRefused() {
        assertTrue(problem("archive-import", Map.of("inbox", INBOX, "chunkSize", "99999999999999999999"))
                .endsWith("not '99999999999999999999'"));
        assertTrue(problem("archive-import", Map.of("inbox", INBOX, "chunkSize", "5.0")).endsWith("not '5.0'"));
        assertTrue(problem("archive-import", Map.of("inbox", INBOX, "chunkSize", "0")).endsWith("not 0"));
        assertTrue(problem("archive-import", Map.of("inbox", INBOX, "maxFileBytes", "0")).contains("'maxFileBytes'"));
        assertTrue(problem("archive-import", Map.of("inbox", INBOX, "rejectLimit", "-1")).contains("from 0 to"));
        assertTrue(problem("purge-history", Map.of("days", "0")).contains("'days' must be a whole number from 1"));
    }

    @Test
    void anUnknownNameListsTheKnownOnesAndGuessesATypo() {
        String message = problem("archive-import", Map.of("inbox", INBOX, "chunksize", "100"));
        assertTrue(message.startsWith("unknown job parameter 'chunksize' (did you mean 'chunkSize'?); archive-import "
                + "takes inbox, include, exclude, settleSeconds, quarantine, reports, maxFileBytes, publication, "
                + "partitions, chunkSize, rejectLimit, retryLimit, outageLimitSeconds, indexChunkSize"), message);
        assertTrue(problem("reindex-archive", Map.of("inbox", INBOX)).startsWith("unknown job parameter 'inbox'; "
                + "reindex-archive takes chunkSize"));
    }

    @Test
    void theInboxIsRequired() {
        assertEquals("job parameter 'inbox' is required: directory holding the delivery; walked recursively",
                problem("archive-import", Map.of()));
        assertTrue(problem("archive-import", Map.of("inbox", " ")).contains("'inbox' is required"));
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("chunkSize", "x");
        wrong.put("retrylimit", "3");
        InvalidJobParametersException e = assertThrows(InvalidJobParametersException.class,
                () -> JobParameterRules.check("archive-import", wrong));
        List<String> problems = e.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("'chunkSize'"));
        assertTrue(problems.get(1).contains("did you mean 'retryLimit'"));
        assertTrue(problems.get(2).contains("'inbox' is required"));
        assertEquals(String.join("; ", problems), e.getMessage());
    }

    @Test
    void globsPathsAndTextAreCheckedForWhatWouldFailLater() {
        assertTrue(problem("archive-import", Map.of("inbox", INBOX, "include", "*.txt,[a-")).startsWith(
                "job parameter 'include' has a bad glob '[a-'"));
        assertTrue(problem("archive-import", Map.of("inbox", "/data/\0inbox")).contains("control characters"));
        assertTrue(problem("archive-import", Map.of("inbox", INBOX, "publication", "报".repeat(201)))
                .equals("job parameter 'publication' is 201 characters long; at most 200"));
        assertTrue(problem("archive-import", Map.of("inbox", "/" + "a".repeat(5000))).contains("at most 4096"));
    }

    @Test
    void aValueIsQuotedShortInTheMessage() {
        String message = problem("archive-import", Map.of("inbox", INBOX, "chunkSize", "9".repeat(1000) + "x"));
        assertTrue(message.length() < 150, message);
    }

    @Test
    void anUnknownJobIsNotChecked() {
        assertThrows(IllegalArgumentException.class, () -> JobParameterRules.check("rm-rf", Map.of()));
        assertTrue(JobParameterRules.of("rm-rf").isEmpty());
        assertEquals(List.of("archive-import", "purge-history", "reindex-archive"), JobParameterRules.jobs());
    }

    private static String problem(String job, Map<String, String> parameters) {
        return assertThrows(InvalidJobParametersException.class, () -> JobParameterRules.check(job, parameters))
                .getMessage();
    }
}
