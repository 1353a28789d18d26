package org.baoku.importjob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.apache.lucene.document.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.baoku.archive.WriteRehearsal;
import org.baoku.issuefile.Article;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.validate.CheckedPage;
import org.baoku.issuefile.validate.LunarDateCheck;
import org.baoku.search.ArticleDocuments;
import org.baoku.search.ArticleIndexer;
import org.baoku.search.IndexWarmUp;
import org.baoku.search.MastheadsByDirectory;

/**
 * Warms the import up in the background after deployment, so that the JIT compilers have compiled the
 * parser, the archive's write path and Lucene's index writing before the first import rather than during
 * it: on a freshly started server the compiler threads took 8.4 of the 15.9 CPU-seconds of a 1,000-file
 * import (two cores, {@code bin/baoku bench}, README: Performance). It parses the demo delivery's pages a
 * few thousand times, writes them into the archive chunk by chunk, with their search documents built, in
 * transactions that are rolled back ({@link WriteRehearsal}), then writes their articles' search documents
 * into throwaway indexes in the server's temporary directory ({@link IndexWarmUp}).
 * None leaves a trace in the archive or its index; a run that starts meanwhile just shares the cores with it
 * for a few seconds. {@code baoku.warmUp.pages} sets how many pages are parsed, {@code baoku.warmUp.writes}
 * how many are written and rolled back, {@code baoku.warmUp.articles} how many article documents are
 * written (0: none).
 */
@Singleton
@Startup
public class ImportWarmUp {

    private static final Logger LOG = Logger.getLogger(ImportWarmUp.class.getName());

    /** The pages of src/demo/inbox, packaged under this resource folder (pom.xml). */
    public static final String FOLDER = "META-INF/baoku/warm-up/";
    public static final List<String> PAGES = List.of(
            "2024-03-11/qc-20240311-A01.txt", "2024-03-11/qc-20240311-A02.txt", "2024-03-11/qc-20240311-A03.txt",
            "2024-03-11/qc-20240311-A04.txt", "2024-03-12/qc-20240312-A01.txt", "2024-03-12/qc-20240312-A02.txt",
            "2024-03-12/qc-20240312-A03.txt", "2024-03-12/qc-20240312-A04.txt", "2024-03-13/qc-20240313-A01.txt",
            "2024-03-13/qc-20240313-A02.txt", "2024-03-13/qc-20240313-A03.txt", "2024-03-13/qc-20240313-A04.txt");

    @Inject
    IssueFileParser parser;

    @Inject
    @ConfigProperty(name = "baoku.warmUp.pages", defaultValue = "3000")
    int pages;

    @Inject
    @ConfigProperty(name = "baoku.warmUp.writes", defaultValue = "6000")
    int writes;

    @Inject
    @ConfigProperty(name = "baoku.warmUp.articles", defaultValue = "10000")
    int articles;

    @Inject
    WriteRehearsal rehearsal;

    @Inject
    ArticleIndexer indexer;

    @Resource
    ManagedExecutorService executor;

    /** Dates whose lunar days are checked after the parse: enough for the compilers to take ICU's calendar up. */
    static final int LUNAR_DATES = 1_000;

    /** Set when the deployment goes away: a warm-up left running would only take CPU from what comes next. */
    private final AtomicBoolean stopped = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (pages <= 0 && writes <= 0 && articles <= 0) {
            return;
        }
        List<Page> demo = demoPages();
        executor.submit(() -> {
            try {
                long started = System.nanoTime();
                int parsed = parse(page -> parser.parse(page.path(), page.content()), demo, pages, stopped::get);
                int dates = parsed > 0 ? checkLunarDates(LUNAR_DATES, stopped::get) : 0;
                LOG.info(String.format("parser warmed up: %d pages parsed, the lunar days of %d dates checked in %.1f s%s",
                        parsed, dates, (System.nanoTime() - started) / 1e9, stoppedNote()));
                if (writes > 0 && !stopped.get()) {
                    started = System.nanoTime();
                    int written = rehearseWrites(files -> rehearsal.writeAndRollBack(files, indexer::buildDocuments),
                            readings(demo, parser), writes, stopped::get);
                    LOG.info(String.format("archive writing warmed up: %d pages written and rolled back in %.1f s%s",
                            written, (System.nanoTime() - started) / 1e9, stoppedNote()));
                }
                if (articles > 0 && !stopped.get()) {
                    started = System.nanoTime();
                    int written = IndexWarmUp.write(documents(demo, parser), articles, temporaryDirectory(), stopped::get);
                    LOG.info(String.format("search index writing warmed up: %d article documents written in %.1f s%s",
                            written, (System.nanoTime() - started) / 1e9, stoppedNote()));
                }
            } catch (RuntimeException e) {
                if (stopped.get()) {
                    // the deployment went away under a rehearsal's transaction (its CDI contexts with it)
                    LOG.info("the import's warm-up ended with its deployment: " + e);
                } else {
                    // a warm-up that fails costs speed, not data: the server goes on, the log says why
                    LOG.log(Level.WARNING, "the import's warm-up stopped: " + e, e);
                }
            }
        });
    }

    @PreDestroy
    void stop() {
        stopped.set(true);
    }

    private String stoppedNote() {
        return stopped.get() ? " (stopped with the deployment)" : "";
    }

    /** The server's temporary directory (the JVM's outside a server). */
    private static Path temporaryDirectory() {
        return Path.of(System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir")));
    }

    /**
     * The search documents of the pages' articles; an inner page takes its issue from the front page of
     * its directory, as the import does.
     */
    static List<Document> documents(List<Page> pages, IssueFileParser parser) {
        List<Document> documents = new ArrayList<>();
        MastheadsByDirectory mastheads = new MastheadsByDirectory();
        long id = 0;
        for (Page page : pages) {
            ParseResult reading = parser.parse(page.path(), page.content());
            if (reading.rejected()) {
                continue;
            }
            String directory = page.path().substring(0, Math.max(0, page.path().lastIndexOf('/')));
            IssueMasthead issue = mastheads.of(directory, reading.issue());
            long pageId = ++id;
            for (Article article : reading.articles()) {
                documents.add(ArticleDocuments.of(++id, pageId, issue, reading.page().label(), article));
            }
        }
        return documents;
    }

    /** The pages' readings, for the write rehearsal. */
    static List<WriteRehearsal.File> readings(List<Page> pages, IssueFileParser parser) {
        return pages.stream().map(page -> new WriteRehearsal.File(page.path(), parser.parse(page.path(), page.content())))
                .toList();
    }

    /**
     * Writes the files as one chunk after another until {@code count} pages are written, or {@code stopped}
     * turns true; returns how many were.
     */
    static int rehearseWrites(Consumer<List<WriteRehearsal.File>> writeChunk, List<WriteRehearsal.File> files, int count,
                              BooleanSupplier stopped) {
        int written = 0;
        while (written < count && !files.isEmpty() && !stopped.getAsBoolean()) {
            writeChunk.accept(files);
            written += files.size();
        }
        return written;
    }

    /**
     * Checks the printed lunar date of mastheads of {@code count} consecutive days, with a check of its own.
     * The parser's check computes a date's lunar day once (ICU's Chinese calendar is astronomical, and
     * costly), so the demo pages' three dates left that code cold for a delivery's many; its cache is not
     * filled with dates no delivery named. Returns how many were checked before {@code stopped} turned true.
     */
    static int checkLunarDates(int count, BooleanSupplier stopped) {
        LunarDateCheck check = new LunarDateCheck();
        LocalDate date = LocalDate.of(2000, 1, 1);
        int checked = 0;
        for (; checked < count && !stopped.getAsBoolean(); checked++, date = date.plusDays(1)) {
            IssueMasthead masthead = new IssueMasthead(null, null, null, date, null, "庚辰年正月初一", null, null, null, null);
            check.check(new CheckedPage(masthead, 1, List.of(), List.of()));
        }
        return checked;
    }

    /** A page's name and content. */
    record Page(String path, byte[] content) {
    }

    /**
     * Parses the pages round after round until {@code count} parses are done, or {@code stopped} turns true;
     * returns how many were.
     */
    static int parse(Consumer<Page> parseOne, List<Page> pages, int count, BooleanSupplier stopped) {
        int parsed = 0;
        while (parsed < count && !pages.isEmpty()) {
            for (Page page : pages) {
                if (parsed >= count || stopped.getAsBoolean()) {
                    return parsed;
                }
                parsed++;
                parseOne.accept(page);
            }
        }
        return parsed;
    }

    static List<Page> demoPages() {
        List<Page> demo = new ArrayList<>();
        for (String name : PAGES) {
            try (InputStream in = ImportWarmUp.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                if (in != null) {
                    demo.add(new Page(name, in.readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return demo;
    }
}
