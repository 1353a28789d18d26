package org.baoku.importjob;

import java.util.ArrayList;
import java.util.List;

/**
 * The job parameters as the docs show them, written from {@link JobParameterRules}: the comment block of
 * each Job XML and the README's tables. {@code JobParameterDocsTest} fails when a file differs from what
 * this writes (and rewrites them with {@code -Dbaoku.docs.write=true}).
 */
public final class JobParameterDocs {

    private static final int WIDTH = 112;

    private JobParameterDocs() {
    }

    /** The README table of a job's parameters (Markdown, without a trailing newline). */
    public static String markdownTable(String job) {
        StringBuilder table = new StringBuilder("| job parameter | type and range | default | meaning |\n")
                .append("| --- | --- | --- | --- |");
        for (JobParameter p : parameters(job)) {
            table.append("\n| `").append(p.name()).append("` | ").append(p.typeAndRange()).append(" | ")
                    .append(p.required() ? "—" : code(p.defaultValue())).append(" | ")
                    .append(p.meaning().replace("|", "\\|").replace("*", "\\*")).append(" |");
        }
        return table.toString();
    }

    /** The "Job parameters" block of a Job XML's comment: one entry a parameter, wrapped, two spaces in. */
    public static String jobXmlComment(String job) {
        List<JobParameter> parameters = parameters(job);
        int column = parameters.stream().mapToInt(p -> p.name().length()).max().orElse(0) + 2;
        List<String> lines = new ArrayList<>();
        lines.add("  Job parameters (checked at every start against org.baoku.importjob.JobParameterRules: an unknown");
        lines.add("  name or a value out of range fails the start, or the first step, naming the parameter)");
        for (JobParameter p : parameters) {
            String text = p.typeAndRange() + (p.required() ? "" : ", default " + p.defaultValue()) + ": " + p.meaning();
            String indent = "    " + " ".repeat(column);
            StringBuilder line = new StringBuilder("    ").append(p.name()).append(" ".repeat(column - p.name().length()));
            boolean first = true;
            for (String word : text.split(" ")) {
                if (!first && line.length() + 1 + word.length() > WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder(indent);
                    first = true;
                }
                line.append(first ? "" : " ").append(word);
                first = false;
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    private static List<JobParameter> parameters(String job) {
        return JobParameterRules.of(job).orElseThrow(() -> new IllegalArgumentException("no job " + job));
    }

    /** Numbers and paths as code; a path's placeholder in angle brackets would otherwise read as HTML. */
    private static String code(String defaultValue) {
        if (defaultValue.matches("\\d+|processors")) {
            return "`" + defaultValue + "`";
        }
        String beside = " beside it";
        if (defaultValue.endsWith(beside)) {
            return "`" + defaultValue.substring(0, defaultValue.length() - beside.length()) + "`" + beside;
        }
        return defaultValue.contains("<") ? "`" + defaultValue + "`" : defaultValue;
    }
}
