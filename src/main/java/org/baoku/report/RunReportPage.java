package org.baoku.report;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders a run report as a self-contained HTML page for operators. */
public final class RunReportPage {

    private RunReportPage() {
    }

    public static String html(RunReport report) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>archive-import run ").append(report.jobInstanceId()).append("</title>")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}")
                .append(".rejected{color:#a00}</style></head><body>\n");
        html.append("<h1>archive-import run ").append(report.jobInstanceId()).append(" (execution ")
                .append(report.executionId()).append(")</h1>\n");
        table(html, "Run", Map.of(
                "inbox", escape(report.inbox()),
                "exit status", escape(report.exitStatus()),
                "started", String.valueOf(report.startedAt()),
                "ended", String.valueOf(report.endedAt()),
                "duration", String.format(Locale.ROOT, "%.1f s", report.durationMillis() / 1000.0),
                "files in the manifest", Long.toString(report.manifestFiles()),
                "files this execution", Long.toString(report.filesThisExecution()),
                "files per second", String.format(Locale.ROOT, "%.1f", report.filesPerSecond())));
        table(html, "Files by outcome", numbers(report.outcomes()));
        table(html, "Findings by code", numbers(report.findingsByCode()));
        html.append("<h2>Rejected files</h2>\n");
        if (report.rejected().isEmpty()) {
            html.append("<p>none</p>\n");
        } else {
            html.append("<table><tr><th>file</th><th>reason</th></tr>\n");
            report.rejected().forEach(r -> html.append("<tr class=\"rejected\"><td>").append(escape(r.file()))
                    .append("</td><td>").append(escape(r.reason())).append("</td></tr>\n"));
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static Map<String, String> numbers(Map<String, Long> counts) {
        Map<String, String> rows = new TreeMap<>();
        counts.forEach((key, value) -> rows.put(escape(key), Long.toString(value)));
        return rows;
    }

    private static void table(StringBuilder html, String title, Map<String, String> rows) {
        html.append("<h2>").append(title).append("</h2>\n<table>\n");
        new TreeMap<>(rows).forEach((key, value) ->
                html.append("<tr><th>").append(key).append("</th><td>").append(value).append("</td></tr>\n"));
        html.append("</table>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
