package org.baoku.importjob;

import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.StepContext;

import org.jberet.runtime.context.StepContextImpl;

/**
 * Keeps the import step's metrics — what HAL, jboss-cli and the REST API show of the step — in the
 * same books as the run report: every file read is written (imported), filtered (unchanged) or skipped
 * (rejected). The parser's rejections are skips already (the processor throws them); the archive's own
 * (UNKNOWN_ISSUE, DUPLICATE_PAGE, NO_PAGE_LABEL) are decided in the writer, which Jakarta Batch can only
 * count as written. So the writer books them over, once the chunk that holds them is about to commit:
 * written minus n, write-skipped plus n. JBeret adds each partition's metrics into the step's.
 */
final class StepBooks {

    private long rejectedInChunk;

    /** A chunk's write begins (again, after a rollback): nothing of it is booked yet. */
    void chunkStarts() {
        rejectedInChunk = 0;
    }

    void rejected() {
        rejectedInChunk++;
    }

    /** The chunk commits: its archive rejections move from written to write-skipped. */
    void chunkCommits(StepContext step) {
        if (rejectedInChunk > 0 && step instanceof StepContextImpl jberet) {
            jberet.getStepExecution().getStepMetrics().increment(Metric.MetricType.WRITE_COUNT, -rejectedInChunk);
            jberet.getStepExecution().getStepMetrics().increment(Metric.MetricType.WRITE_SKIP_COUNT, rejectedInChunk);
        }
        rejectedInChunk = 0;
    }
}
