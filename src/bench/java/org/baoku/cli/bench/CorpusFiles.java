package org.baoku.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.baoku.corpus.CorpusGenerator;
import org.baoku.corpus.CorpusSpec;
import org.baoku.corpus.CorpusSummary;

/**
 * The corpus of one size in the work directory, generated once and reused while its spec is the same
 * (a {@code .spec} file beside it says which), since generating 100,000 files takes a while.
 */
record CorpusFiles(Path directory, List<Path> pages) {

    static CorpusFiles prepare(Path work, CorpusSpec spec, java.io.PrintStream log) throws IOException {
        return prepare(work, "corpus-", spec, log);
    }

    /** The corpus in {@code work/<prefix><files>}: {@code warm-up-corpus-} for the warm-up job's. */
    static CorpusFiles prepare(Path work, String prefix, CorpusSpec spec, java.io.PrintStream log) throws IOException {
        Path directory = work.resolve(prefix + spec.files());
        Path marker = work.resolve(prefix + spec.files() + ".spec");
        String wanted = spec.toString();
        if (!Files.isDirectory(directory) || !Files.exists(marker) || !Files.readString(marker).equals(wanted)) {
            deleteTree(directory);
            Files.deleteIfExists(marker);
            long started = System.nanoTime();
            CorpusSummary summary = new CorpusGenerator(spec).writeTo(directory);
            log.printf("generated %d files (%d bad) in %.1f s -> %s%n", summary.files(), summary.badFiles(),
                    (System.nanoTime() - started) / 1e9, directory);
            Files.writeString(marker, wanted);
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return new CorpusFiles(directory, files.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
        }
    }

    static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
