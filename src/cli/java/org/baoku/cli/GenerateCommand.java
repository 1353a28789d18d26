package org.baoku.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.baoku.corpus.CorpusGenerator;
import org.baoku.corpus.CorpusSpec;
import org.baoku.corpus.CorpusSummary;
import org.baoku.corpus.NoiseLevel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baoku generate}: writes a corpus of a fictional daily with a gold reading beside every page. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a corpus of a fictional daily: DIR/YYYY-MM-DD/<paper>-YYYYMMDD-A0n.txt, each beside "
                + "its expected reading <name>.gold.json (the format of shared/tools/score-parse).",
                "The same options and seed write the same bytes."})
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--days", required = true, description = "consecutive daily issues to write")
    int days;

    @Option(names = "--pages", defaultValue = "8", description = "pages per issue (default: ${DEFAULT-VALUE})")
    int pages;

    @Option(names = "--out", required = true, description = "directory to write into (created if missing)")
    Path out;

    @Option(names = "--noise", defaultValue = "1",
            description = "OCR damage 0..3: 0 clean, 1 lines broken across blank lines, 2 repeated paragraph "
                    + "tails, 3 also lost wire headlines, ASCII punctuation, CRLF, BOM (default: ${DEFAULT-VALUE})")
    int noise;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--bad-files", defaultValue = "0", paramLabel = "RATE",
            description = "share of files replaced by empty or binary ones, 0..1 (default: ${DEFAULT-VALUE})")
    double badFiles;

    @Option(names = "--from", description = "date of the first issue (default: 2024-01-01)")
    LocalDate from = CorpusSpec.DEFAULT_FIRST_DAY;

    @Option(names = "--first-issue", description = "running number of the first issue (default: 10001)")
    int firstIssue = CorpusSpec.DEFAULT_FIRST_ISSUE;

    @Override
    public Integer call() throws Exception {
        CorpusSpec spec = new CorpusSpec(days, pages, from, firstIssue, new NoiseLevel(noise), seed, badFiles);
        long started = System.nanoTime();
        CorpusGenerator generator = new CorpusGenerator(spec);
        CorpusSummary summary = generator.writeTo(out);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %d files (%d bad), %.1f MB, %d articles, in %.1f s (%.0f files/s) -> %s%n",
                generator.paper().title(), summary.files(), summary.badFiles(), summary.bytes() / 1e6,
                summary.articleParts(), seconds, summary.files() / seconds, out);
        return 0;
    }
}
