package org.baoku.cli.operate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.ZoneOffset;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The text the operator commands print for the API's answers. */
class FormatsTest {

    private final Formats formats = new Formats(ZoneOffset.ofHours(8));

    @Test
    void anEndedExecution() {
        String text = formats.execution(json("""
                {"executionId":12,"jobName":"archive-import","batchStatus":"COMPLETED",
                 "exitStatus":"COMPLETED_WITH_REJECTS","startTime":"2026-01-02T18:00:00Z","endTime":"2026-01-02T19:02:03.5Z",
                 "steps":[{"name":"scan-inbox","batchStatus":"COMPLETED","exitStatus":"COMPLETED","metrics":{"readCount":0}},
                          {"name":"import-issue-files","batchStatus":"COMPLETED","exitStatus":"COMPLETED",
                           "metrics":{"readCount":7,"writeCount":6,"rollbackCount":0,"processSkipCount":1}}],
                 "files":{"IMPORTED":5,"IMPORTED_WITH_WARNINGS":1,"UNCHANGED":0,"REJECTED":1,"TOTAL":7},
                 "archive":{"publications":1,"issues":3,"pages":6,"articles":20,"contributors":4},
                 "progress":{"done":7,"total":7}}"""));
        assertEquals("""
                execution       12 archive-import
                status          COMPLETED (exit status COMPLETED_WITH_REJECTS)
                started         2026-01-03 02:00:00
                ended           2026-01-03 03:02:03  (took 1:02:03)
                progress        7/7 files
                files           7 in all, IMPORTED 5, IMPORTED_WITH_WARNINGS 1, UNCHANGED 0, REJECTED 1
                archive         publications 1, issues 3, pages 6, articles 20, contributors 4
                step            scan-inbox  COMPLETED
                step            import-issue-files  COMPLETED  readCount 7, writeCount 6, processSkipCount 1
                """, text);
    }

    @Test
    void aRunSharedByTwoNodesSaysWhichNodeReadHowMuch() {
        String text = formats.execution(json("""
                {"executionId":21,"jobName":"archive-import","batchStatus":"STARTED","startTime":"2026-01-02T18:00:00Z",
                 "steps":[],"progress":{"done":900,"total":3000},
                 "sharing":{"run":21,"coordinatorExecution":21,"coordinatorNode":"node1","phase":"IMPORTING",
                  "stopRequested":false,
                  "executions":[{"executionId":21,"node":"node1","files":300},{"executionId":22,"node":"node2","files":600}],
                  "ranges":[{"number":1,"first":1,"last":1500,"node":"node1","finished":true},
                            {"number":2,"first":1501,"last":3000,"node":"node2","finished":false}]}}"""));
        assertTrue(text.contains("""
                node            node1  execution 21, 300 files
                node            node2  execution 22, 600 files
                ranges          1/2 finished, coordinated on node1
                """), text);
    }

    @Test
    void aRunningExecutionHasNoEnd() {
        String text = formats.execution(json("""
                {"executionId":13,"jobName":"archive-import","batchStatus":"STARTED","startTime":"2026-01-02T18:00:00Z",
                 "steps":[],"progress":{"done":350,"total":1500}}"""));
        assertTrue(text.contains("status          STARTED\n"), text);
        assertTrue(!text.contains("ended"), text);
        assertTrue(text.contains("progress        350/1500 files"), text);
    }

    @Test
    void aPageOfExecutions() {
        String text = formats.executions(json("""
                {"page":0,"size":2,"total":3,"executions":[
                 {"executionId":13,"jobName":"archive-import","batchStatus":"STARTED","startTime":"2026-01-02T18:00:00Z"},
                 {"executionId":9,"jobName":"purge-history","batchStatus":"COMPLETED","exitStatus":"COMPLETED",
                  "startTime":"2026-01-01T18:00:00Z","endTime":"2026-01-01T18:00:01Z"}]}"""));
        assertEquals("""
                ID  JOB             STATUS     EXIT STATUS  STARTED              ENDED
                13  archive-import  STARTED    -            2026-01-03 02:00:00  -
                 9  purge-history   COMPLETED  COMPLETED    2026-01-02 02:00:00  2026-01-02 02:00:01
                page 0 of 0..1, 3 executions; next: --page 1
                """, text);
    }

    @Test
    void aRunReport() {
        String text = formats.report(json("""
                {"jobInstanceId":4,"executionId":12,"inbox":"/data/inbox","exitStatus":"COMPLETED_WITH_REJECTS",
                 "startedAt":"2026-01-02T18:00:00Z","endedAt":"2026-01-02T18:00:10Z","durationMillis":10000,
                 "manifestFiles":7,"filesThisExecution":7,"filesPerSecond":0.7,
                 "outcomes":{"REJECTED":1,"IMPORTED":6},"outcomesThisExecution":{"IMPORTED":6,"REJECTED":1},
                 "findingsByCode":{"WEEKDAY_MISMATCH":1,"HEADER_MISSING":3},
                 "rejected":[{"file":"empty.txt","reason":"EMPTY_FILE: no bytes"}]}"""));
        assertTrue(text.contains("outcomes        IMPORTED 6, REJECTED 1\n"), text);
        assertTrue(text.lines().noneMatch(line -> line.startsWith("this execution")),
                "the same outcomes are not repeated: " + text);
        assertTrue(text.contains("findings        HEADER_MISSING 3, WEEKDAY_MISMATCH 1\n"), text);
        assertTrue(text.contains("rejected        1 file\n                empty.txt: EMPTY_FILE: no bytes\n"), text);
        assertTrue(text.contains("7 in the manifest, 7 read by this execution, 0.7 files/s"), text);
    }

    @Test
    void theScheduleAndAProgressLine() {
        String schedule = formats.schedule(json("""
                {"enabled":true,"expression":"0 2 * * *","inbox":"/data/inbox","nextFire":"2026-01-02T18:00:00Z"}"""));
        assertTrue(schedule.startsWith("schedule        enabled\nexpression      0 2 * * *\ninbox           /data/inbox\n"
                + "next run        2026-01-03 02:00:00\n"), schedule);
        assertEquals("execution 13 STARTED: 350/1500 files, 23.4 files/s, 0:00:15", formats.progress(json("""
                {"executionId":13,"batchStatus":"STARTED","progress":{"done":350,"total":1500}}"""), 23.44,
                Duration.ofSeconds(15)));
        assertEquals("1d 0:00:01", Formats.clock(Duration.ofSeconds(86_401)));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
