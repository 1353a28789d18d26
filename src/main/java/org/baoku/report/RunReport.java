package org.baoku.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one import run did: files by outcome (over the run, and in this execution of it when the run
 * was restarted), findings by code, the rejected files with their reasons, and how fast it went.
 */
public record RunReport(
        long jobInstanceId,
        long executionId,
        String inbox,
        String exitStatus,
        Instant startedAt,
        Instant endedAt,
        long durationMillis,
        long manifestFiles,
        long filesThisExecution,
        double filesPerSecond,
        Map<String, Long> outcomes,
        Map<String, Long> outcomesThisExecution,
        Map<String, Long> findingsByCode,
        List<Rejection> rejected) {

    public RunReport {
        outcomes = Map.copyOf(outcomes);
        outcomesThisExecution = Map.copyOf(outcomesThisExecution);
        findingsByCode = Map.copyOf(findingsByCode);
        rejected = List.copyOf(rejected);
    }

    public record Rejection(String file, String reason) {
    }
}
