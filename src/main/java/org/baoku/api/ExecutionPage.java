package org.baoku.api;

import java.time.Instant;
import java.util.List;

/** A page of job executions, newest first. */
public record ExecutionPage(int page, int size, int total, List<Summary> executions) {

    public record Summary(long executionId, String jobName, String batchStatus, String exitStatus, Instant startTime,
                          Instant endTime) {
    }
}
