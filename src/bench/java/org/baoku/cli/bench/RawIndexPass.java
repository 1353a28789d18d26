package org.baoku.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;
import org.baoku.search.ArticleDocuments;
import org.baoku.search.MastheadsByDirectory;
import org.baoku.search.analysis.CharacterBigramAnalyzer;

/**
 * Pass 3b: the search documents the job writes for these files' articles, written without the server
 * straight into a Lucene index on disk, with the archive's analyzer ({@link CharacterBigramAnalyzer}), the
 * mapping's field kinds ({@link ArticleDocuments}) and the server's RAM buffer (64 MB), on all cores,
 * committed once at the end. Only Lucene's work is timed; parsing and building the documents happen
 * between the timed sections, and like the parse pass it runs after an untimed warm-up ({@link #warmUp}).
 * It is the indexing term of the bound: the job indexes every article it imports, so a bound without it
 * asks the job to index for free.
 */
final class RawIndexPass {

    private static final int CHUNK = 500;
    private static final double RAM_BUFFER_MB = 64;

    private RawIndexPass() {
    }

    /**
     * Indexes the first thousand files' articles into memory for {@link WarmUp#TIME}, untimed, so that the
     * timed pass does not measure the JIT compiling Lucene.
     */
    static void warmUp(List<Path> files, int threads) throws Exception {
        List<Path> some = files.subList(0, Math.min(1_000, files.size()));
        WarmUp.repeat(WarmUp.TIME, () -> {
            try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
                index(some, directory, threads);
            }
        });
    }

    /** Indexes the files' articles into a fresh index under {@code work}; the rate counts files. */
    static Rate run(List<Path> files, Path work, int threads) throws Exception {
        Path index = work.resolve("raw-index-" + files.size());
        CorpusFiles.deleteTree(index);
        try (FSDirectory directory = FSDirectory.open(index)) {
            return new Rate(files.size(), index(files, directory, threads) / 1e9);
        }
    }

    /** Returns the nanoseconds Lucene took: parsing and building the documents are not counted. */
    private static long index(List<Path> files, Directory directory, int threads) throws Exception {
        IndexWriterConfig config = new IndexWriterConfig(new CharacterBigramAnalyzer()).setRAMBufferSizeMB(RAM_BUFFER_MB);
        IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
        MastheadsByDirectory mastheads = new MastheadsByDirectory();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long indexingNanos = 0;
        long id = 0;
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int from = 0; from < files.size(); from += CHUNK) {
                List<Document> documents = new ArrayList<>();
                for (Path file : files.subList(from, Math.min(files.size(), from + CHUNK))) {
                    ParseResult reading = parser.parse(file);
                    if (reading.rejected()) {
                        continue;
                    }
                    IssueMasthead issue = mastheads.of(String.valueOf(file.getParent()), reading.issue());
                    long pageId = ++id;
                    for (Article article : reading.articles()) {
                        documents.add(ArticleDocuments.of(++id, pageId, issue, reading.page().label(), article));
                    }
                }
                long started = System.nanoTime();
                addOnAllThreads(writer, documents, pool, threads);
                indexingNanos += System.nanoTime() - started;
            }
            long started = System.nanoTime();
            writer.commit();
            indexingNanos += System.nanoTime() - started;
        } finally {
            pool.shutdown();
        }
        return indexingNanos;
    }

    private static void addOnAllThreads(IndexWriter writer, List<Document> documents, ExecutorService pool, int threads)
            throws Exception {
        List<Future<?>> parts = new ArrayList<>(threads);
        int share = (documents.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            List<Document> part = documents.subList(Math.min(documents.size(), t * share),
                    Math.min(documents.size(), (t + 1) * share));
            parts.add(pool.submit(() -> {
                try {
                    writer.addDocuments(part);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
    }
}
