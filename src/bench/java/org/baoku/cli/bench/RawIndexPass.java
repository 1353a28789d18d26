package org.baoku.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import org.baoku.archive.ArticleSearchFields;
import org.baoku.issuefile.Article;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;
import org.baoku.search.analysis.CharacterBigramAnalyzer;

/**
 * Pass 3b: the search documents the job writes for these files' articles, written without the server
 * straight into a Lucene index on disk, with the archive's analyzer ({@link CharacterBigramAnalyzer}), the
 * server's field kinds (text, stored, points, doc values, as the mapping on {@code ArticleEntity} asks
 * for them) and its RAM buffer (64 MB), on all cores, committed once at the end. Only Lucene's work is
 * timed; parsing and building the documents happen between the timed sections. It is the indexing term of
 * the bound: the job indexes every article it imports, so a bound without it asks the job to index for free.
 */
final class RawIndexPass {

    private static final int CHUNK = 500;
    private static final double RAM_BUFFER_MB = 64;

    private RawIndexPass() {
    }

    /** Indexes the files' articles into a fresh index under {@code work}; the rate counts files. */
    static Rate run(List<Path> files, Path work, int threads) throws Exception {
        Path index = work.resolve("raw-index-" + files.size());
        delete(index);
        IndexWriterConfig config = new IndexWriterConfig(new CharacterBigramAnalyzer()).setRAMBufferSizeMB(RAM_BUFFER_MB);
        IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
        Map<Path, IssueMasthead> issueOfDirectory = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long indexingNanos = 0;
        long id = 0;
        try (FSDirectory directory = FSDirectory.open(index); IndexWriter writer = new IndexWriter(directory, config)) {
            for (int from = 0; from < files.size(); from += CHUNK) {
                List<Document> documents = new ArrayList<>();
                for (Path file : files.subList(from, Math.min(files.size(), from + CHUNK))) {
                    ParseResult reading = parser.parse(file);
                    if (reading.rejected()) {
                        continue;
                    }
                    IssueMasthead issue = issueOf(file, reading.issue(), issueOfDirectory);
                    long pageId = ++id;
                    for (Article article : reading.articles()) {
                        documents.add(document(++id, pageId, issue, reading.page().label(), article));
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
        return new Rate(files.size(), indexingNanos / 1e9);
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

    /** The publication and date of a page; an inner page borrows its directory's front page's, as the job does. */
    private static IssueMasthead issueOf(Path file, IssueMasthead printed, Map<Path, IssueMasthead> issueOfDirectory) {
        if (printed.publication() != null && printed.date() != null) {
            issueOfDirectory.putIfAbsent(file.getParent(), printed);
            return printed;
        }
        return issueOfDirectory.getOrDefault(file.getParent(), printed);
    }

    /** An article's document with the fields of the archive's mapping, each in the kind the mapping gives it. */
    static Document document(long id, long pageId, IssueMasthead issue, String pageLabel, Article article) {
        Document document = new Document();
        document.add(new StringField("_id", Long.toString(id), Field.Store.YES));
        text(document, ArticleSearchFields.KICKER, article.kicker(), Field.Store.YES);
        text(document, ArticleSearchFields.HEADLINE, article.headline(), Field.Store.YES);
        text(document, ArticleSearchFields.SUBTITLE, article.subtitle(), Field.Store.YES);
        text(document, ArticleSearchFields.BODY, String.join("\n\n", article.paragraphs()), Field.Store.NO);
        LocalDate date = issue.date();
        if (date != null) {
            long day = date.toEpochDay();
            document.add(new LongPoint(ArticleSearchFields.DATE, day));
            document.add(new StoredField(ArticleSearchFields.DATE, day));
            document.add(new NumericDocValuesField(ArticleSearchFields.DATE, day));
            document.add(new IntPoint(ArticleSearchFields.YEAR, date.getYear()));
            document.add(new NumericDocValuesField(ArticleSearchFields.YEAR, date.getYear()));
        }
        keyword(document, ArticleSearchFields.PAGE_LABEL, pageLabel);
        number(document, ArticleSearchFields.PAGE_ID, pageId);
        number(document, ArticleSearchFields.ISSUE_ID, pageId);
        number(document, ArticleSearchFields.PUBLICATION_ID, 1);
        keyword(document, ArticleSearchFields.PUBLICATION_TITLE, issue.publication());
        if (article.byline() != null) {
            article.byline().reporters().forEach(reporter -> keyword(document, ArticleSearchFields.REPORTER, reporter));
        }
        return document;
    }

    private static void text(Document document, String field, String value, Field.Store store) {
        if (value != null) {
            document.add(new TextField(field, value, store));
        }
    }

    private static void keyword(Document document, String field, String value) {
        if (value != null) {
            document.add(new StringField(field, value, Field.Store.YES));
            document.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void number(Document document, String field, long value) {
        document.add(new LongPoint(field, value));
        document.add(new StoredField(field, value));
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
