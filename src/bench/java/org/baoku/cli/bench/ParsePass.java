package org.baoku.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;

/** Pass 2: parses every file, no database; on one thread and on {@code threads} threads. */
final class ParsePass {

    private ParsePass() {
    }

    /** Parses the first thousand files for {@link WarmUp#TIME}, untimed, so that the timed passes do not measure the JIT. */
    static void warmUp(List<Path> files) throws Exception {
        IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
        WarmUp.repeat(WarmUp.TIME, () -> {
            for (Path file : files.subList(0, Math.min(1_000, files.size()))) {
                parser.parse(file);
            }
        });
    }

    static Rate run(List<Path> files, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        LongAdder articles = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    // one parser per thread: nothing says a parser may be shared
                    IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        try {
                            articles.add(parser.parse(files.get(i)).articles().size());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return Rate.since(files.size(), started);
    }
}
