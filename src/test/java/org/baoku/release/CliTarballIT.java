package org.baoku.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target/baoku-cli-<version>.tar.gz} installed as on an operator's host (unpacked into an empty directory)
 * and run from another working directory: help, version, parse, generate, and the operator commands' environment
 * and exit codes without a server. No server is needed; runs after {@code mvn package} (failsafe).
 */
class CliTarballIT {

    private static final Path PROJECT = Path.of(System.getProperty("baoku.projectDir", ".")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("baoku.release.version", "0.1.0-SNAPSHOT");
    private static final Path SAMPLE_PAGE = PROJECT.resolve("src/demo/inbox/2024-03-11/qc-20240311-A01.txt");
    private static final Duration BOUND = Duration.ofMinutes(2);

    @TempDir
    static Path host;

    private static InstalledCli cli;

    @TempDir
    Path elsewhere;

    @BeforeAll
    static void install() throws Exception {
        cli = InstalledCli.unpackInto(host);
    }

    private InstalledCli.Run baoku(String... args) throws Exception {
        return cli.run(elsewhere, Map.of(), BOUND, args);
    }

    @Test
    void holdsTheLauncherAndTheCliJarsButNotTheBench() throws IOException {
        assertTrue(Files.isExecutable(cli.launcher()), "bin/baoku is executable");
        List<String> names = cli.libraries().stream().map(path -> path.getFileName().toString()).toList();
        for (String jar : List.of("baoku-cli-", "baoku-corpus-", "baoku-core-")) {
            assertTrue(names.contains(jar + VERSION + ".jar"), jar + VERSION + ".jar in lib/: " + names);
        }
        assertTrue(names.stream().anyMatch(name -> name.startsWith("picocli-")), names.toString());
        assertTrue(names.stream().anyMatch(name -> name.startsWith("icu4j-")), names.toString());
        assertTrue(names.stream().noneMatch(name -> name.contains("bench") || name.startsWith("h2-")
                || name.startsWith("flyway-")), "the bench and its libraries stay in the build tree: " + names);
    }

    /**
     * Every class the installed jars use is there: the core jar is the part of the server's classes they need.
     * {@code -filter:none}: jdeps leaves out references within a package by default, and the core jar holds only
     * some classes of {@code org.baoku.importjob}.
     */
    @Test
    void theInstalledJarsMissNoClass() throws IOException {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps: run on a JDK"));
        String classpath = String.join(java.io.File.pathSeparator,
                cli.libraries().stream().map(Path::toString).toList());
        List<String> args = new ArrayList<>(List.of("--multi-release", "17", "-filter:none", "--missing-deps",
                "--class-path", classpath));
        cli.libraries().stream().filter(path -> path.getFileName().toString().startsWith("baoku-"))
                .map(Path::toString).forEach(args::add);
        StringWriter out = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out, true), new PrintWriter(out, true), args.toArray(String[]::new));
        assertEquals(0, exit, out.toString());
        assertEquals("", out.toString().strip(), "classes the installed jars refer to and lack");
    }

    @Test
    void helpListsTheCommandsAndSaysBenchIsForASourceCheckout() throws Exception {
        InstalledCli.Run help = baoku("--help");

        assertEquals(0, help.exit(), help.toString());
        for (String command : List.of("parse", "generate", "import", "status", "list", "stop", "restart", "report",
                "schedule", "search", "show")) {
            assertTrue(help.out().lines().anyMatch(line -> line.startsWith("  " + command + " ")), command + ": " + help);
        }
        assertTrue(help.out().lines().noneMatch(line -> line.startsWith("  bench ")), help.toString());
        assertTrue(help.out().replaceAll("\\s+", " ").contains("bench in a source checkout"), help.toString());
    }

    @Test
    void runsThroughASymlinkToTheLauncher() throws Exception {
        Path onThePath = Files.createSymbolicLink(elsewhere.resolve("baoku"), cli.launcher());

        InstalledCli.Run help = cli.runVia(onThePath, elsewhere, Map.of(), BOUND, "--help");

        assertEquals(0, help.exit(), help.toString());
        assertTrue(help.out().startsWith("Usage: baoku"), help.toString());
    }

    @Test
    void versionIsTheRelease() throws Exception {
        InstalledCli.Run version = baoku("--version");

        assertEquals(0, version.exit(), version.toString());
        assertEquals("baoku " + VERSION, version.out().strip());
    }

    @Test
    void parsesAPageGivenByAbsoluteAndByRelativePath() throws Exception {
        Files.copy(SAMPLE_PAGE, elsewhere.resolve("page.txt"));

        InstalledCli.Run parsed = baoku("parse", SAMPLE_PAGE.toString(), "page.txt");

        assertEquals(0, parsed.exit(), parsed.toString());
        assertEquals(2, parsed.outLines().size(), "one JSON line per file: " + parsed);
        JsonObject absolute = json(parsed.outLines().get(0));
        JsonObject relative = json(parsed.outLines().get(1));
        assertEquals(SAMPLE_PAGE.toString(), absolute.getJsonObject("source").getString("path"));
        assertEquals("PAGE_TEXT", absolute.getJsonObject("source").getString("layout"));
        assertTrue(absolute.getString("status").startsWith("ACCEPTED"), absolute.toString());
        assertEquals("青川日报", absolute.getJsonObject("issue").getString("publication"));
        assertEquals("2024-03-11", absolute.getJsonObject("issue").getString("date"));
        assertEquals("A01", absolute.getJsonObject("page").getString("label"));
        assertFalse(absolute.getJsonArray("articles").isEmpty(), absolute.toString());
        assertEquals(absolute.getJsonObject("source").getString("sha256"),
                relative.getJsonObject("source").getString("sha256"));
        assertEquals(absolute.getJsonArray("articles"), relative.getJsonArray("articles"));
    }

    @Test
    void generatesACorpusItThenParses() throws Exception {
        InstalledCli.Run generated = baoku("generate", "--days", "1", "--pages", "2", "--out", "corpus", "--seed", "7");

        assertEquals(0, generated.exit(), generated.toString());
        List<Path> pages;
        try (Stream<Path> files = Files.walk(elsewhere.resolve("corpus"))) {
            pages = files.filter(path -> path.toString().endsWith(".txt")).toList();
        }
        assertEquals(2, pages.size(), pages.toString());
        InstalledCli.Run parsed = baoku(Stream.concat(Stream.of("parse"),
                pages.stream().sorted().map(page -> elsewhere.relativize(page).toString())).toArray(String[]::new));
        assertEquals(0, parsed.exit(), parsed.toString());
        assertEquals(List.of("A01", "A02"), parsed.outLines().stream()
                .map(line -> json(line).getJsonObject("page").getString("label")).toList(), parsed.toString());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertEquals(2, baoku().exit());
        assertEquals(2, baoku("frobnicate").exit());
        InstalledCli.Run bench = baoku("bench", "--no-server");
        assertEquals(2, bench.exit(), "no bench in the installed CLI: " + bench);
        // the job parameter rules (in the core jar) refuse before anything is sent
        InstalledCli.Run refused = cli.run(elsewhere, Map.of("BAOKU_URL", unreachableApi(), "BAOKU_USER", "cron",
                "BAOKU_PASSWORD", "secret"), BOUND, "import", elsewhere.toString(), "--param", "chunkSize=-5");
        assertEquals(2, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("chunkSize"), refused.toString());
    }

    @Test
    void operatorCommandsTakeTheServerFromTheEnvironment() throws Exception {
        String api = unreachableApi();

        InstalledCli.Run status = cli.run(elsewhere, Map.of("BAOKU_URL", api, "BAOKU_USER", "cron",
                "BAOKU_PASSWORD", "secret"), BOUND, "status", "1");

        assertEquals(3, status.exit(), "cannot reach the server: " + status);
        assertTrue(status.err().contains(api), "names the BAOKU_URL it tried: " + status);
    }

    private static JsonObject json(String line) {
        return Json.createReader(new StringReader(line)).readObject();
    }

    /** An API address on this machine where nothing listens (a port the system just handed out and took back). */
    private static String unreachableApi() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/baoku/api";
        }
    }
}
