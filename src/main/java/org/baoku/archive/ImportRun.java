package org.baoku.archive;

/**
 * Which run a write belongs to. The job instance stays the same across restarts of a run; each
 * restart is a new execution.
 */
public record ImportRun(long jobInstanceId, long executionId) {
}
