package org.baoku.cli.operate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The API's answers as text for people at a terminal: one fact a line, {@code label  value}, times in
 * the local zone, names (statuses, outcomes, metrics) as the API writes them so that grep finds them.
 */
public final class Formats {

    /** Import outcomes in the order of the job, before any the API may add later. */
    private static final List<String> OUTCOMES = List.of("IMPORTED", "IMPORTED_WITH_WARNINGS", "UNCHANGED", "REJECTED");

    private final DateTimeFormatter time;

    public Formats(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
    }

    /** {@code GET /executions/{id}}. */
    public String execution(JsonObject view) {
        TextLines lines = new TextLines();
        lines.add("execution", number(view, "executionId") + " " + text(view, "jobName"));
        String exit = text(view, "exitStatus");
        lines.add("status", text(view, "batchStatus")
                + (exit == null || exit.equals(text(view, "batchStatus")) ? "" : " (exit status " + exit + ")"));
        lines.add("started", time(text(view, "startTime")));
        String ended = text(view, "endTime");
        if (ended != null) {
            lines.add("ended", time(ended) + took(text(view, "startTime"), ended));
        }
        JsonObject progress = object(view, "progress");
        if (progress != null) {
            lines.add("progress", number(progress, "done") + "/" + number(progress, "total") + " files");
        }
        JsonObject files = object(view, "files");
        if (files != null) {
            lines.add("files", counts(files, OUTCOMES, true));
        }
        JsonObject archive = object(view, "archive");
        if (archive != null) {
            lines.add("archive", counts(archive, List.of(), false));
        }
        JsonObject sharing = object(view, "sharing");
        if (sharing != null) { // an import run: which node read how much (on a cluster, more than one)
            for (JsonValue value : sharing.getJsonArray("executions")) {
                JsonObject share = value.asJsonObject();
                lines.add("node", text(share, "node") + "  execution " + number(share, "executionId") + ", "
                        + number(share, "files") + " files");
            }
            long finished = sharing.getJsonArray("ranges").stream().filter(r -> r.asJsonObject().getBoolean("finished")).count();
            lines.add("ranges", finished + "/" + sharing.getJsonArray("ranges").size() + " finished"
                    + (text(sharing, "coordinatorNode") == null ? "" : ", coordinated on " + text(sharing, "coordinatorNode")));
        }
        JsonValue steps = view.get("steps");
        if (steps != null && steps.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue value : steps.asJsonArray()) {
                JsonObject step = value.asJsonObject();
                StringBuilder line = new StringBuilder(text(step, "name")).append("  ").append(text(step, "batchStatus"));
                String stepExit = text(step, "exitStatus");
                if (stepExit != null && !stepExit.equals(text(step, "batchStatus"))) {
                    line.append(" (").append(stepExit).append(')');
                }
                JsonObject metrics = object(step, "metrics");
                if (metrics != null) { // the metrics that counted something (batchlets count nothing); --json has all
                    StringJoiner counted = new StringJoiner(", ");
                    metrics.forEach((name, count) -> {
                        if (count instanceof JsonNumber n && n.longValue() != 0) {
                            counted.add(name + " " + n);
                        }
                    });
                    if (counted.length() > 0) {
                        line.append("  ").append(counted);
                    }
                }
                lines.add("step", line.toString());
            }
        }
        return lines.toString();
    }

    /** {@code GET /executions}: a table, newest first, and where the next page is. */
    public String executions(JsonObject page) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "JOB", "STATUS", "EXIT STATUS", "STARTED", "ENDED"});
        for (JsonValue value : page.getJsonArray("executions")) {
            JsonObject e = value.asJsonObject();
            rows.add(new String[] {String.valueOf(number(e, "executionId")), dash(text(e, "jobName")),
                    dash(text(e, "batchStatus")), dash(text(e, "exitStatus")), dash(time(text(e, "startTime"))),
                    dash(time(text(e, "endTime")))});
        }
        StringBuilder table = new StringBuilder();
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? pad(row[i], widths[i], true) : pad(row[i], widths[i], false)).append("  ");
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        long total = number(page, "total");
        long size = Math.max(1, number(page, "size"));
        long number = number(page, "page");
        long pages = Math.max(1, (total + size - 1) / size);
        table.append("page ").append(number).append(" of 0..").append(pages - 1).append(", ").append(total)
                .append(total == 1 ? " execution" : " executions");
        if (number + 1 < pages) {
            table.append("; next: --page ").append(number + 1);
        }
        return table.append('\n').toString();
    }

    /** {@code GET /executions/{id}/report}: the run report. */
    public String report(JsonObject report) {
        TextLines lines = new TextLines();
        lines.add("report", "execution " + number(report, "executionId") + " (job instance "
                + number(report, "jobInstanceId") + ")");
        lines.add("inbox", text(report, "inbox"));
        lines.add("exit status", text(report, "exitStatus"));
        lines.add("started", time(text(report, "startedAt")));
        lines.add("ended", time(text(report, "endedAt")) + took(text(report, "startedAt"), text(report, "endedAt")));
        lines.add("files", number(report, "manifestFiles") + " in the manifest, " + number(report, "filesThisExecution")
                + " read by this execution, " + String.format(Locale.ROOT, "%.1f", decimal(report, "filesPerSecond"))
                + " files/s");
        JsonObject outcomes = object(report, "outcomes");
        if (outcomes != null) {
            lines.add("outcomes", counts(outcomes, OUTCOMES, false));
        }
        JsonObject thisExecution = object(report, "outcomesThisExecution");
        if (thisExecution != null && !thisExecution.equals(outcomes)) {
            lines.add("this execution", counts(thisExecution, OUTCOMES, false));
        }
        JsonObject findings = object(report, "findingsByCode");
        if (findings != null && !findings.isEmpty()) {
            List<Map.Entry<String, JsonValue>> byCount = new ArrayList<>(findings.entrySet());
            byCount.sort(Comparator.<Map.Entry<String, JsonValue>>comparingLong(e -> -((JsonNumber) e.getValue()).longValue())
                    .thenComparing(Map.Entry::getKey));
            StringJoiner joined = new StringJoiner(", ");
            byCount.forEach(e -> joined.add(e.getKey() + " " + e.getValue()));
            lines.add("findings", joined.toString());
        }
        JsonValue rejected = report.get("rejected");
        if (rejected != null && rejected.getValueType() == JsonValue.ValueType.ARRAY) {
            lines.add("rejected", rejected.asJsonArray().size() + (rejected.asJsonArray().size() == 1 ? " file" : " files"));
            for (JsonValue value : rejected.asJsonArray()) {
                JsonObject r = value.asJsonObject();
                lines.add("", text(r, "file") + ": " + text(r, "reason"));
            }
        }
        return lines.toString();
    }

    /** {@code GET /schedule}. */
    public String schedule(JsonObject state) {
        TextLines lines = new TextLines();
        boolean enabled = state.getBoolean("enabled", false);
        lines.add("schedule", enabled ? "enabled" : "disabled");
        lines.add("expression", text(state, "expression"));
        lines.add("inbox", dash(text(state, "inbox")));
        if (enabled) {
            lines.add("next run", dash(time(text(state, "nextFire"))));
        }
        String updated = text(state, "updatedAt");
        if (updated != null) {
            lines.add("updated", time(updated));
        }
        return lines.toString();
    }

    /** One progress line while waiting: {@code execution 12 STARTED: 350/1500 files, 23.4 files/s, 0:00:15}. */
    public String progress(JsonObject view, double filesPerSecond, Duration waited) {
        JsonObject progress = object(view, "progress");
        long done = progress == null ? 0 : number(progress, "done");
        long total = progress == null ? 0 : number(progress, "total");
        return String.format(Locale.ROOT, "execution %d %s: %d/%d files, %.1f files/s, %s", number(view, "executionId"),
                text(view, "batchStatus"), done, total, filesPerSecond, clock(waited));
    }

    /** {@code 1:02:03}, or {@code 2d 1:02:03} beyond a day. */
    static String clock(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        String clock = String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
        return seconds >= 86_400 ? seconds / 86_400 + "d " + clock : clock;
    }

    private String took(String start, String end) {
        Instant from = instant(start);
        Instant to = instant(end);
        return from == null || to == null ? "" : "  (took " + clock(Duration.between(from, to)) + ")";
    }

    String time(String instant) {
        Instant parsed = instant(instant);
        return parsed == null ? instant : time.format(parsed);
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code IMPORTED 5, REJECTED 1}: the known keys in their order, then the rest as given. */
    private static String counts(JsonObject counts, List<String> order, boolean totalFirst) {
        StringJoiner joined = new StringJoiner(", ");
        if (totalFirst && counts.containsKey("TOTAL")) {
            joined.add(counts.get("TOTAL") + " in all");
        }
        for (String key : order) {
            if (counts.containsKey(key)) {
                joined.add(key + " " + counts.get(key));
            }
        }
        counts.forEach((key, value) -> {
            if (!order.contains(key) && !(totalFirst && key.equals("TOTAL"))) {
                joined.add(key + " " + value);
            }
        });
        return joined.toString();
    }

    static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    static long number(JsonObject object, String key) {
        return object.get(key) instanceof JsonNumber n ? n.longValue() : 0;
    }

    private static double decimal(JsonObject object, String key) {
        return object.get(key) instanceof JsonNumber n ? n.doubleValue() : 0;
    }

    static JsonObject object(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    private static String dash(String text) {
        return text == null ? "-" : text;
    }

    static String pad(String text, int width, boolean right) {
        String padding = " ".repeat(Math.max(0, width - text.length()));
        return right ? padding + text : text + padding;
    }
}
