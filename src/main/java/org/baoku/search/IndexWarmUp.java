package org.baoku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

import org.baoku.search.analysis.CharacterBigramAnalyzer;

/**
 * Writes article documents into throwaway indexes with the archive's analyzer, so that the JIT
 * compilers have compiled Lucene's analysis and index writing before the first import's indexing step
 * rather than during it (Lucene was the largest share of the C2 compiler's work in a 10,000-file job on a
 * freshly started server: README, Performance). The server's Lucene module is the one Hibernate Search
 * writes the article index with, so its compiled code serves both. The indexes are on disk, in a temporary
 * directory that is deleted after each round, and documents are written as the backend writes them (an
 * update by id), so that the code the compilers see is the code the step runs.
 */
public final class IndexWarmUp {

    private IndexWarmUp() {
    }

    private static final String ID = ArticleDocuments.ID;

    /** Documents per index. */
    static final int ROUND = 1_000;

    /**
     * Documents per segment: an import commits its index after every chunk, so its segments are small and
     * merged while it runs; one segment per round left the merging code cold.
     */
    static final int SEGMENT = 50;

    /**
     * Writes the documents over and over, {@value #ROUND} to a fresh index that it flushes every
     * {@value #SEGMENT} and then commits (so that segments are written and merged as in an import), until
     * {@code count} documents are written; returns how many were. The indexes are made in
     * {@code temporary}. Ends after the round in which {@code stopped} turns true.
     */
    public static int write(List<Document> documents, int count, Path temporary, BooleanSupplier stopped) {
        if (documents.isEmpty()) {
            return 0;
        }
        int written = 0;
        try {
            while (written < count && !stopped.getAsBoolean()) {
                int round = Math.min(ROUND, count - written);
                Path index = Files.createTempDirectory(temporary, "baoku-index-warm-up-");
                try (FSDirectory directory = FSDirectory.open(index);
                     IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new CharacterBigramAnalyzer()))) {
                    for (int i = 0; i < round; i++) {
                        Document document = documents.get(i % documents.size());
                        writer.updateDocuments(new Term(ID, document.get(ID)), List.of(document));
                        if ((i + 1) % SEGMENT == 0) {
                            writer.flush(); // a segment, merged with the others as they accumulate; no fsync
                        }
                    }
                    writer.commit();
                } finally {
                    delete(index);
                }
                written += round;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a warm-up index failed", e);
        }
        return written;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
