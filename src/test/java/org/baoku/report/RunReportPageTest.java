package org.baoku.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RunReportPageTest {

    @Test
    void showsOutcomesFindingsAndRejectedFilesWithEscapedText() {
        RunReport report = new RunReport(7, 9, "/data/inbox", "COMPLETED_WITH_REJECTS",
                Instant.parse("2026-11-27T02:00:00Z"), Instant.parse("2026-11-27T02:00:10Z"), 10_000, 12, 12, 1.2,
                Map.of("IMPORTED", 11L, "REJECTED", 1L), Map.of("IMPORTED", 11L, "REJECTED", 1L), Map.of("TEXT_GAP", 2L),
                List.of(new RunReport.Rejection("/data/inbox/<bad>.txt", "UNDECODABLE: binary & noise")));

        String html = RunReportPage.html(report);

        assertTrue(html.contains("<h1>archive-import run 7 (execution 9)</h1>"), html);
        assertTrue(html.contains("<tr><th>IMPORTED</th><td>11</td></tr>"), html);
        assertTrue(html.contains("<tr><th>TEXT_GAP</th><td>2</td></tr>"), html);
        assertTrue(html.contains("<td>/data/inbox/&lt;bad&gt;.txt</td><td>UNDECODABLE: binary &amp; noise</td>"), html);
        assertTrue(html.contains("<tr><th>files per second</th><td>1.2</td></tr>"), html);
    }
}
