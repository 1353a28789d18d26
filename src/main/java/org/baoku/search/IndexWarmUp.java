package org.baoku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

import org.baoku.search.analysis.CharacterBigramAnalyzer;

/**
 * Writes article documents into throwaway in-memory indexes with the archive's analyzer, so that the JIT
 * compilers have compiled Lucene's analysis and index writing before the first import's indexing step
 * rather than during it (Lucene was the largest share of the C2 compiler's work in a 10,000-file job on a
 * freshly started server: README, Performance). The server's Lucene module is the one Hibernate Search
 * writes the article index with, so its compiled code serves both. Nothing is written to disk.
 */
public final class IndexWarmUp {

    private IndexWarmUp() {
    }

    /** Documents per in-memory index: a segment of the size a chunk of the indexing step makes. */
    static final int ROUND = 1_000;

    /**
     * Writes the documents over and over, {@value #ROUND} to a fresh index that it then commits (so that
     * segments are flushed and written as at the step's end), until {@code count} documents are written;
     * returns how many were.
     */
    public static int write(List<Document> documents, int count) {
        if (documents.isEmpty()) {
            return 0;
        }
        int written = 0;
        try {
            while (written < count) {
                int round = Math.min(ROUND, count - written);
                try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                     IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new CharacterBigramAnalyzer()))) {
                    for (int i = 0; i < round; i++) {
                        writer.addDocument(documents.get(i % documents.size()));
                    }
                    writer.commit();
                }
                written += round;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index failed", e);
        }
        return written;
    }
}
