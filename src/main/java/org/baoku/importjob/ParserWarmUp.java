package org.baoku.importjob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.baoku.issuefile.parse.IssueFileParser;

/**
 * Parses the demo delivery's pages a few thousand times in the background after deployment, so that the
 * JIT compilers have compiled the parser before the first import rather than during it: on a freshly
 * started server the compiler threads took 8.4 of the 15.9 CPU-seconds of a 1,000-file import (two cores,
 * {@code bin/baoku bench}, README: Performance). Parsing touches nothing outside this JVM; a run that
 * starts meanwhile just shares the cores with it for a few seconds. {@code baoku.warmUp.pages} sets how
 * many pages are parsed (0: none).
 */
@Singleton
@Startup
public class ParserWarmUp {

    private static final Logger LOG = Logger.getLogger(ParserWarmUp.class.getName());

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

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        if (pages <= 0) {
            return;
        }
        List<Page> demo = demoPages();
        executor.submit(() -> {
            long started = System.nanoTime();
            int parsed = parse(page -> parser.parse(page.path(), page.content()), demo, pages);
            LOG.info(String.format("parser warmed up: %d pages parsed in %.1f s", parsed,
                    (System.nanoTime() - started) / 1e9));
        });
    }

    /** A page's name and content. */
    record Page(String path, byte[] content) {
    }

    /** Parses the pages round after round until {@code count} parses are done; returns how many were. */
    static int parse(java.util.function.Consumer<Page> parseOne, List<Page> pages, int count) {
        int parsed = 0;
        while (parsed < count && !pages.isEmpty()) {
            for (Page page : pages) {
                if (parsed++ >= count) {
                    break;
                }
                parseOne.accept(page);
            }
        }
        return Math.min(parsed, count);
    }

    static List<Page> demoPages() {
        List<Page> demo = new ArrayList<>();
        for (String name : PAGES) {
            try (InputStream in = ParserWarmUp.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
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
