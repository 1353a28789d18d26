package org.baoku.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parses a small generated corpus with the real {@link IssueFileParser} and scores the readings with
 * {@code shared/tools/score-parse} against the generated gold. The score is written to
 * {@code target/generated-corpus-parse-score.txt}; below 95 % (or {@code -Dbaoku.corpus.minScore=PERCENT})
 * the test fails. Measured 697/720 (96.8 %) when the parser landed.
 */
class GeneratedCorpusParseScoreTest {

    private static final Path SCORER = Path.of("../shared/tools/score-parse");
    private static final Pattern FILE_SCORE = Pattern.compile("^(\\S+\\.txt): (\\d+)/(\\d+)$", Pattern.MULTILINE);

    @TempDir
    static Path temp;

    static Score score;

    record Score(int files, int points, int total) {
        double percent() {
            return total == 0 ? 0 : 100.0 * points / total;
        }
    }

    @BeforeAll
    static void parseAndScore() throws Exception {
        Path corpus = temp.resolve("corpus");
        new CorpusGenerator(CorpusSpec.of(4, 4, 2, 2024, 0.1)).writeTo(corpus);
        Path results = temp.resolve("readings.jsonl");
        IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
        List<Path> pages = GeneratedCorpus.pages(corpus);
        try (Jsonb jsonb = JsonbBuilder.create()) {
            List<String> lines = new ArrayList<>();
            for (Path page : pages) {
                lines.add(jsonb.toJson(parser.parse(page)));
            }
            Files.write(results, lines, StandardCharsets.UTF_8);
        }
        int files = 0;
        int points = 0;
        int total = 0;
        // score-parse reads one directory of gold files: score each day's directory
        try (var days = Files.list(corpus)) {
            for (Path day : days.sorted().toList()) {
                String report = run(SCORER.toString(), day.toString(), results.toString());
                Matcher m = FILE_SCORE.matcher(report);
                while (m.find()) {
                    files++;
                    points += Integer.parseInt(m.group(2));
                    total += Integer.parseInt(m.group(3));
                }
            }
        }
        score = new Score(files, points, total);
        String line = String.format("generated corpus (4 days x 4 pages, noise 2, 10%% bad files, seed 2024): "
                + "parse score %d/%d (%.1f%%) over %d files%n", points, total, score.percent(), files);
        System.out.print(line);
        Files.writeString(Path.of("target/generated-corpus-parse-score.txt"), line);
    }

    @Test
    void everyGeneratedPageIsScoredAgainstItsGold() {
        assertEquals(16, score.files(), "score-parse scored one line per gold file");
        // a gold reading checks at least status, date, label and one article per page
        assertTrue(score.total() >= 16 * 4, "checks per file: " + score);
    }

    @Test
    void parserReadsTheGeneratedCorpusWell() {
        double wanted = Double.parseDouble(System.getProperty("baoku.corpus.minScore", "95"));
        assertTrue(score.percent() >= wanted, "parse score " + score + " below " + wanted + "%");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "score-parse finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
