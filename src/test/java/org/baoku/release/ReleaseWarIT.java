package org.baoku.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release WAR ({@code target/baoku-<version>.war}) holds what the server runs and nothing else: the classes of
 * {@code src/main/java}, one for one (so no CLI, corpus generator or bench class, which have source roots of their
 * own), the server's libraries and none of the CLI's or the tests', the Job XML, no test data. No server is needed;
 * runs after {@code mvn package} (failsafe).
 */
class ReleaseWarIT {

    private static final Path PROJECT = Path.of(System.getProperty("baoku.projectDir", ".")).toAbsolutePath().normalize();
    private static final Path WAR = Path.of(System.getProperty("baoku.release.war",
            "target/baoku-" + System.getProperty("baoku.release.version", "0.1.0-SNAPSHOT") + ".war"));
    private static final Path SERVER_SOURCES = PROJECT.resolve("src/main/java");
    private static final String CLASSES = "WEB-INF/classes/";

    private static ZipFile war;
    private static List<String> entries;

    @BeforeAll
    static void open() throws IOException {
        war = new ZipFile(WAR.toFile());
        entries = Collections.list(war.entries()).stream().map(ZipEntry::getName).sorted().toList();
    }

    @AfterAll
    static void close() throws IOException {
        war.close();
    }

    @Test
    void itsClassesAreThoseOfTheServersSourceRoot() throws IOException {
        Set<String> sourcesOfClasses = entries.stream()
                .filter(name -> name.startsWith(CLASSES) && name.endsWith(".class"))
                .map(name -> name.substring(CLASSES.length()).replaceFirst("(\\$.*)?\\.class$", ".java"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> serverSources;
        try (Stream<Path> files = Files.walk(SERVER_SOURCES)) {
            serverSources = files.filter(path -> path.toString().endsWith(".java"))
                    .map(path -> SERVER_SOURCES.relativize(path).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> foreign = new TreeSet<>(sourcesOfClasses);
        foreign.removeAll(serverSources);
        assertEquals(Set.of(), foreign, "classes in the WAR whose source is not in src/main/java");
        Set<String> missing = new TreeSet<>(serverSources);
        missing.removeAll(sourcesOfClasses);
        missing.removeIf(source -> source.endsWith("/package-info.java")); // a class only when annotated
        assertEquals(Set.of(), missing, "sources of src/main/java without their class in the WAR");
    }

    @Test
    void noCommandLineCorpusOrBenchClasses() {
        List<String> tools = entries.stream().filter(name -> name.startsWith(CLASSES + "org/baoku/cli/")
                || name.startsWith(CLASSES + "org/baoku/corpus/") || name.contains("/bench/")).toList();
        assertEquals(List.of(), tools);
        assertTrue(entries.contains(CLASSES + "org/baoku/issuefile/parse/IssueFileParser.class"),
                "the parser is the server's");
    }

    @Test
    void itsLibrariesAreTheServersOnly() {
        List<String> libraries = entries.stream().filter(name -> name.startsWith("WEB-INF/lib/") && name.endsWith(".jar"))
                .map(name -> name.substring("WEB-INF/lib/".length())).toList();
        for (String serverLibrary : List.of("icu4j-", "flyway-core-", "lucene-analysis-smartcn-")) {
            assertTrue(libraries.stream().anyMatch(name -> name.startsWith(serverLibrary)), serverLibrary + ": " + libraries);
        }
        for (String notTheServers : List.of("picocli-", "yasson-", "parsson-", "h2-", "junit-", "jqwik-", "jmh-",
                "arquillian-", "selenium-", "postgresql-")) {
            assertTrue(libraries.stream().noneMatch(name -> name.startsWith(notTheServers)),
                    notTheServers + " is not the server's: " + libraries);
        }
    }

    @Test
    void itHoldsEveryJobXmlAsWritten() throws IOException {
        List<Path> jobs;
        try (Stream<Path> files = Files.list(PROJECT.resolve("jobs"))) {
            jobs = files.filter(path -> path.toString().endsWith(".xml")).sorted().toList();
        }
        assertTrue(jobs.size() >= 3, jobs.toString());
        for (Path job : jobs) {
            ZipEntry entry = war.getEntry(CLASSES + "META-INF/batch-jobs/" + job.getFileName());
            assertTrue(entry != null, job.getFileName() + " in META-INF/batch-jobs");
            try (InputStream packed = war.getInputStream(entry)) {
                assertEquals(Files.readString(job), new String(packed.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertTrue(entries.contains("WEB-INF/jboss-web.xml") && entries.contains(CLASSES + "META-INF/persistence.xml"),
                "the server's descriptors");
    }

    @Test
    void noTestData() throws IOException {
        Set<String> testFiles;
        try (Stream<Path> files = Stream.of("src/demo", "src/test/resources", "src/test/inboxes")
                .map(PROJECT::resolve).flatMap(ReleaseWarIT::walk)) {
            testFiles = files.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                    .collect(Collectors.toSet());
        }
        // the demo delivery's pages are shipped once, on purpose: ImportWarmUp parses them after deployment
        String warmUp = CLASSES + org.baoku.importjob.ImportWarmUp.FOLDER;
        List<String> packed = entries.stream().filter(name -> !name.endsWith("/"))
                .filter(name -> !name.startsWith(warmUp))
                .filter(name -> testFiles.contains(name.substring(name.lastIndexOf('/') + 1))
                        || name.endsWith(".gold.json"))
                .toList();
        assertEquals(List.of(), packed, "files named like the demo's and the tests' data");
        assertEquals(org.baoku.importjob.ImportWarmUp.PAGES.stream().map(page -> warmUp + page).sorted().toList(),
                entries.stream().filter(name -> name.startsWith(warmUp) && !name.endsWith("/")).sorted().toList(),
                "the warm-up folder holds the demo's pages and nothing else");
    }

    /** {@code target/baoku.war}, which the scripts and tests deploy, is the release WAR under the deployment's name. */
    @Test
    void theWarTheScriptsDeployIsTheRelease() throws IOException {
        assertEquals(-1L, Files.mismatch(WAR, WAR.resolveSibling("baoku.war")));
    }

    private static Stream<Path> walk(Path directory) {
        try {
            return Files.walk(directory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
