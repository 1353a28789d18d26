package org.baoku.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.baoku.archive.ImportStatistics.ArchiveTotals;

/** What an operator wants to know of one job execution. */
public record ExecutionView(
        long executionId,
        String jobName,
        String batchStatus,
        String exitStatus,
        Instant startTime,
        Instant endTime,
        List<StepView> steps,
        Map<String, Long> files,
        ArchiveTotals archive,
        Progress progress,
        Sharing sharing) {

    /**
     * How the run's manifest was shared out: the coordinating execution and its node, the executions that took
     * part (node by node, with the files each recorded), and every range with the node that holds or held it.
     */
    public record Sharing(long run, Long coordinatorExecution, String coordinatorNode, String phase,
                          boolean stopRequested, List<Share> executions, List<RangeView> ranges) {
    }

    public record Share(long executionId, String node, Instant startTime, long files) {
    }

    /** Manifest positions {@code first..last}; {@code node}: who holds it now, or who finished it. */
    public record RangeView(int number, long first, long last, String node, Long executionId, int claims,
                            boolean finished) {
    }

    /**
     * Files of the run recorded so far ({@code files.TOTAL}, across restarts) out of the files its
     * manifest lists; {@code total} is 0 until the scan step has written the manifest.
     */
    public record Progress(long done, long total) {
    }

    /**
     * One step: status, start and end (null until it has them: what the step took, e.g. the indexing
     * step against the rest of the job), and the JSR-352 metrics (read, write, filter, skip, commit,
     * rollback, …).
     */
    public record StepView(String name, String batchStatus, String exitStatus, Instant startTime, Instant endTime,
                           Map<String, Long> metrics) {
    }

    /** The same facts as {@code key: value} lines, for shell scripts and people at a terminal. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        line(text, "executionId", executionId);
        line(text, "jobName", jobName);
        line(text, "batchStatus", batchStatus);
        line(text, "exitStatus", exitStatus);
        line(text, "startTime", startTime);
        line(text, "endTime", endTime);
        for (StepView step : steps) {
            line(text, "step." + step.name() + ".batchStatus", step.batchStatus());
            if (step.metrics().values().stream().anyMatch(value -> value != 0)) { // batchlet steps count nothing
                step.metrics().forEach((name, value) -> line(text, "step." + step.name() + "." + name, value));
            }
        }
        files.forEach((outcome, count) -> line(text, "files." + outcome, count));
        line(text, "archive.publications", archive.publications());
        line(text, "archive.issues", archive.issues());
        line(text, "archive.pages", archive.pages());
        line(text, "archive.articles", archive.articles());
        line(text, "archive.contributors", archive.contributors());
        line(text, "progress.done", progress.done());
        line(text, "progress.total", progress.total());
        if (sharing != null) {
            line(text, "sharing.run", sharing.run());
            line(text, "sharing.coordinator", sharing.coordinatorExecution() + "@" + sharing.coordinatorNode());
            for (Share share : sharing.executions()) {
                line(text, "sharing.execution." + share.executionId(), share.node() + " " + share.files() + " files");
            }
            long finished = sharing.ranges().stream().filter(RangeView::finished).count();
            line(text, "sharing.ranges", finished + "/" + sharing.ranges().size() + " finished");
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String key, Object value) {
        text.append(key).append(": ").append(value).append('\n');
    }
}
