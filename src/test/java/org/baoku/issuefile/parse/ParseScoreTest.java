package org.baoku.issuefile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.baoku.cli.ParseResultJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parse score on the shared gold readings: parses {@code ../shared/samples/*.txt}, writes the JSON
 * Lines the CLI writes, and runs {@code ../shared/tools/score-parse} over them. Fails below 98 %.
 * Skipped when python3 or {@code ../shared} is missing.
 */
@Tag("score")
class ParseScoreTest {

    private static final Path SHARED = Path.of("..", "shared");
    private static final Path SAMPLES = SHARED.resolve("samples");
    private static final Path SCORER = SHARED.resolve("tools").resolve("score-parse");
    private static final double REQUIRED_PERCENT = 98.0;
    private static final Pattern OVERALL = Pattern.compile("parse score: (\\d+)/(\\d+)");

    @TempDir
    Path dir;

    @Test
    void scoresAtLeast98PercentOnTheSharedGoldReadings() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLES) && Files.isRegularFile(SCORER), "../shared is not checked out");
        assumeTrue(python3Runs(), "python3 is not installed");

        Path results = dir.resolve("results.jsonl");
        IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
        try (ParseResultJson json = new ParseResultJson(); Stream<Path> files = Files.list(SAMPLES)) {
            List<String> lines = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                lines.add(json.toJson(parser.parse(file)));
            }
            Files.write(results, lines, StandardCharsets.UTF_8);
        }

        Process scorer = new ProcessBuilder("python3", SCORER.toString(), SAMPLES.toString(), results.toString(), "-v")
                .redirectErrorStream(true).start();
        String report = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(scorer.waitFor(60, TimeUnit.SECONDS), "the scorer did not finish");
        assertEquals(0, scorer.exitValue(), report);

        Matcher overall = OVERALL.matcher(report);
        assertTrue(overall.find(), "no overall score in:\n" + report);
        double percent = 100.0 * Long.parseLong(overall.group(1)) / Long.parseLong(overall.group(2));
        System.out.println(report.strip());
        assertTrue(percent >= REQUIRED_PERCENT, String.format("parse score %.1f %% < %.0f %%:%n%s", percent,
                REQUIRED_PERCENT, report));
    }

    private static boolean python3Runs() {
        try {
            Process probe = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
