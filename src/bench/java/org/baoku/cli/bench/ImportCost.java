package org.baoku.cli.bench;

import java.time.Duration;
import java.time.Instant;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * What indexing costs the import: the {@code index-articles} step's time against the whole job's, from
 * the step times of {@code GET /executions/{id}}. The rate without indexing is the same run with that
 * step's time taken out — the same corpus on the same server in the same run, so no second job (with
 * its own warm-up and load) blurs the comparison.
 *
 * @param indexSeconds null when the job has no such step (or it has no times)
 * @param stepSeconds every step's time, in the order the job ran them: from the previous step's end to its end
 */
record ImportCost(long files, double jobSeconds, Double indexSeconds, java.util.Map<String, Double> stepSeconds) {

    static final String INDEX_STEP = "index-articles";
    static final String IMPORT_STEP = "import-issue-files";

    /** A step of the execution and the time it had: from the previous step's end to its own end. */
    record StepWindow(String name, Instant from, Instant to) {

        double seconds() {
            return Duration.between(from, to).toMillis() / 1000.0;
        }
    }

    /**
     * The execution's ended steps in the order they ran, each from the previous step's end (the first from
     * the job's start): steps run one after the other, and the runtime's view of a partitioned step, which
     * the API gives, starts it when its partitions end. A name seen again (a restart) keeps its first window.
     */
    static java.util.List<StepWindow> steps(JsonObject execution) {
        java.util.List<StepWindow> windows = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        JsonValue steps = execution.get("steps");
        Instant previousEnd = Instant.parse(execution.getString("startTime"));
        if (steps != null && steps.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue value : steps.asJsonArray()) {
                JsonObject step = value.asJsonObject();
                if (!has(step, "endTime")) {
                    continue;
                }
                Instant end = Instant.parse(step.getString("endTime"));
                String name = step.getString("name", "?");
                if (seen.add(name)) {
                    windows.add(new StepWindow(name, previousEnd, end));
                }
                previousEnd = end;
            }
        }
        return windows;
    }

    static ImportCost of(JsonObject execution, long files) {
        java.util.Map<String, Double> times = new java.util.LinkedHashMap<>();
        steps(execution).forEach(step -> times.put(step.name(), step.seconds()));
        return new ImportCost(files, seconds(execution), times.get(INDEX_STEP), times);
    }

    private static boolean has(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key);
    }

    private static double seconds(JsonObject timed) {
        return Duration.between(Instant.parse(timed.getString("startTime")), Instant.parse(timed.getString("endTime")))
                .toMillis() / 1000.0;
    }

    /** Files per second of the import step alone (reading, parsing, writing); null without its time. */
    Double importStep() {
        Double seconds = stepSeconds.get(IMPORT_STEP);
        return seconds == null || seconds <= 0 ? null : files / seconds;
    }

    /** Files per second of the job as it ran, indexing included. */
    double withIndexing() {
        return jobSeconds <= 0 ? 0 : files / jobSeconds;
    }

    /** Files per second of the job without its indexing step; null without one. */
    Double withoutIndexing() {
        return indexSeconds == null || jobSeconds - indexSeconds <= 0 ? null : files / (jobSeconds - indexSeconds);
    }

    /** Rate with over rate without indexing (the target is at least 0.75); null without an indexing step. */
    Double ratio() {
        Double without = withoutIndexing();
        return without == null ? null : withIndexing() / without;
    }
}
