package org.baoku.importjob;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * The one description of every parameter of every job this application ships, and the check of a start
 * against it. The REST API and the nightly schedule check before they start a job (a mistake is a 400,
 * not a failed run in the history); the first step of every job checks again, for starts from HAL or
 * jboss-cli, before it touches anything. The Job XML comments, the README's tables and the OpenAPI schema
 * are written from this description ({@link JobParameterDocs}), so they cannot drift from what is checked.
 *
 * <p>Values arrive as text, as the batch runtime hands them over; blank means "not given" (the default).
 * Plain Java: the CLI and the unit tests use it without a server.
 */
public final class JobParameterRules {

    private static final Map<String, List<JobParameter>> JOBS = new LinkedHashMap<>();

    static {
        JOBS.put("archive-import", List.of(
                JobParameter.requiredDirectory("inbox", "directory holding the delivery; walked recursively"),
                JobParameter.globs("include", "all",
                        "comma-separated globs relative to the inbox; only matching files are taken"),
                JobParameter.globs("exclude", "none", "comma-separated globs relative to the inbox; matching files "
                        + "are left out (hidden files, *.part and *.tmp always are)"),
                JobParameter.number("settleSeconds", 0, 604_800, "60",
                        "files modified within this many seconds are left for the next run (still being delivered)"),
                JobParameter.directory("quarantine", "<inbox>.quarantine beside it",
                        "where rejected files are copied with a .reason.json"),
                JobParameter.directory("reports", "<server data dir>/baoku/reports", "where run reports are written"),
                JobParameter.number("maxFileBytes", 1, 1L << 30, "20971520",
                        "larger files are rejected unread as FILE_TOO_LARGE"),
                JobParameter.text("publication", 200, "none", "title for inner pages whose front page is not in the "
                        + "delivery, for article files without a delivery.properties, and for METS/ALTO issues whose "
                        + "METS names no title (else their LCCN)"),
                JobParameter.number("partitions", 1, 64, "processors", "parallel partitions of the import"),
                JobParameter.number("chunkSize", 1, 10_000, "200", "files per transaction"),
                JobParameter.number("rejectLimit", 0, 1_000_000, "1000", "rejected files per partition before the "
                        + "run is declared wrong as a whole (FAILED_TOO_MANY_REJECTS)"),
                JobParameter.number("retryLimit", 0, 100, "3", "retries of a chunk after a transient database error "
                        + "such as a lock timeout, per partition, with backoff"),
                JobParameter.number("outageLimitSeconds", 1, 86_400, "120", "how long a lost database (restart, "
                        + "failover: SQLState class 08, 57P01–57P03, 53300, H2's 90067/90098/90121) is waited out, "
                        + "retrying with backoff, before the run fails"),
                JobParameter.number("indexChunkSize", 1, 10_000, "100",
                        "pages whose articles index-articles indexes per chunk")));
        JOBS.put("purge-history", List.of(
                JobParameter.number("days", 1, 36_500, "90", "age in days beyond which history is removed"),
                JobParameter.directory("reports", "<server data dir>/baoku/reports", "where run reports are written")));
        JOBS.put("reindex-archive", List.of(
                JobParameter.number("chunkSize", 1, 10_000, "100", "pages whose articles are indexed per chunk")));
    }

    private JobParameterRules() {
    }

    /** The jobs this application ships, in the order the docs list them. */
    public static List<String> jobs() {
        return List.copyOf(JOBS.keySet());
    }

    /** The parameters of a job; empty for a job this application does not ship. */
    public static Optional<List<JobParameter>> of(String job) {
        return Optional.ofNullable(JOBS.get(job));
    }

    /**
     * Checks a start of {@code job} with {@code given} parameters: unknown names, required ones, kinds and
     * ranges. Every problem is reported, not just the first.
     *
     * @throws InvalidJobParametersException naming each wrong parameter and why
     */
    public static void check(String job, Map<String, String> given) {
        List<JobParameter> known = of(job).orElseThrow(() -> new IllegalArgumentException(
                "no job named '" + job + "'; known jobs: " + jobs()));
        Map<String, JobParameter> byName = new LinkedHashMap<>();
        known.forEach(p -> byName.put(p.name(), p));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : given.entrySet()) {
            JobParameter parameter = byName.get(entry.getKey());
            if (parameter == null) {
                problems.add(unknown(job, entry.getKey(), byName));
            } else if (entry.getValue() != null && !entry.getValue().isBlank()) {
                problem(parameter, entry.getValue()).ifPresent(problems::add);
            }
        }
        for (JobParameter parameter : known) {
            String value = given.get(parameter.name());
            if (parameter.required() && (value == null || value.isBlank())) {
                problems.add("job parameter '" + parameter.name() + "' is required: " + parameter.meaning());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidJobParametersException(problems);
        }
    }

    private static String unknown(String job, String name, Map<String, JobParameter> known) {
        String shown = quoted(name, 60);
        String hint = known.keySet().stream()
                .filter(k -> k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT).trim()))
                .findFirst().map(k -> " (did you mean '" + k + "'?)").orElse("");
        return "unknown job parameter " + shown + hint + "; " + job + " takes " + String.join(", ", known.keySet());
    }

    private static Optional<String> problem(JobParameter parameter, String value) {
        String name = "job parameter '" + parameter.name() + "'";
        if (parameter.kind() != JobParameter.Kind.NUMBER && value.length() > parameter.max()) {
            return Optional.of(name + " is " + value.length() + " characters long; at most " + parameter.max());
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(name + " must not contain control characters");
        }
        return switch (parameter.kind()) {
            case NUMBER -> number(parameter, name, value.trim());
            case DIRECTORY -> path(name, value.trim());
            case GLOBS -> globs(name, value);
            case TEXT -> Optional.empty();
        };
    }

    private static Optional<String> number(JobParameter parameter, String name, String value) {
        String wanted = name + " must be a whole number from " + parameter.min() + " to " + parameter.max();
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Optional.of(wanted + ", not " + quoted(value, 40));
        }
        return number < parameter.min() || number > parameter.max()
                ? Optional.of(wanted + ", not " + number) : Optional.empty();
    }

    private static Optional<String> path(String name, String value) {
        try {
            Path.of(value);
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of(name + " is not a path: " + e.getReason());
        }
    }

    private static Optional<String> globs(String name, String value) {
        for (String glob : value.split(",")) {
            if (glob.isBlank()) {
                continue;
            }
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob.trim());
            } catch (IllegalArgumentException e) {
                String reason = e instanceof PatternSyntaxException syntax ? syntax.getDescription() : e.getMessage();
                return Optional.of(name + " has a bad glob " + quoted(glob.trim(), 60) + ": " + reason);
            }
        }
        return Optional.empty();
    }

    /** A value a client sent, quoted and cut short, so that a message never repeats a huge body. */
    private static String quoted(String value, int longest) {
        return "'" + (value.length() > longest ? value.substring(0, longest) + "…" : value) + "'";
    }
}
