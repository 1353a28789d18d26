package org.baoku.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.baoku.it.TestInboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code target/baoku-server-<version>.tar.gz} installed as on a production host: unpacked with {@code tar} into a
 * directory of its own under {@code target/}, configured by environment variables only (ports, data directory,
 * inbox roots, heap, schedule), started and stopped with its {@code bin/baoku-server}, a user added with its
 * {@code bin/baoku-user}, the demo inbox imported by the operator CLI from its own tarball (the CLI from the
 * tarball imports into the server from the tarball) and the archive backed up with its {@code bin/baoku-admin}.
 * No Arquillian; runs after {@code mvn package} (failsafe).
 */
class ServerTarballIT {

    private static final Path PROJECT = Path.of(System.getProperty("baoku.projectDir", ".")).toAbsolutePath().normalize();
    private static final Path TARBALL = Path.of(System.getProperty("baoku.release.serverTarball",
            "target/baoku-server-" + System.getProperty("baoku.release.version", "0.1.0-SNAPSHOT") + ".tar.gz"));
    private static final String RELEASE_NAME = System.getProperty("baoku.release.serverName",
            "baoku-server-" + System.getProperty("baoku.release.version", "0.1.0-SNAPSHOT"));
    /** the release of the build's database: baoku-server-postgresql-<version> under -Ppostgresql */
    private static final boolean POSTGRESQL = RELEASE_NAME.contains("postgresql");
    /** this test's server beside the Arquillian one: 700 above the run's offset */
    private static final int PORT_OFFSET = 700 + Integer.getInteger("baoku.it.portOffset", 0);
    private static final String OPERATOR = "tarball-operator";
    private static final String PASSWORD = "Tarball-only#2026";
    /** start and stop wait for the server themselves (BAOKU_START_TIMEOUT_S, BAOKU_STOP_TIMEOUT_S); this bounds them */
    private static final Duration SERVER_BOUND = Duration.ofMinutes(6);
    private static final Duration COMMAND_BOUND = Duration.ofMinutes(2);

    private Path host;
    private Path server;
    private Map<String, String> environment;

    @BeforeEach
    void install() throws Exception {
        host = Files.createDirectories(PROJECT.resolve("target/server-tarball-it-" + UUID.randomUUID()));
        untar(TARBALL, host);
        server = host.resolve(RELEASE_NAME);
        environment = new LinkedHashMap<>();
        environment.put("BAOKU_PORT_OFFSET", Integer.toString(PORT_OFFSET));
        environment.put("BAOKU_DATA_DIR", host.resolve("data").toString());
        environment.put("BAOKU_LOG_DIR", host.resolve("log").toString());
        environment.put("BAOKU_INBOX_ROOTS", host.resolve("inboxes").toString());
        environment.put("BAOKU_HEAP", "768m");
        // reaches the application through MicroProfile Config, as the schedule's first value
        environment.put("BAOKU_SCHEDULE_EXPRESSION", "30 3 * * *");
        if (POSTGRESQL) { // databases of its own (bin/postgres-up), emptied before the ITs
            environment.put("BAOKU_DB_HOST", System.getProperty("baoku.it.db.host", "localhost"));
            environment.put("BAOKU_DB_PORT", System.getProperty("baoku.it.db.port", "5432"));
            environment.put("BAOKU_DB_NAME", System.getProperty("baoku.it.server.archiveDb", "baoku_it_server"));
            environment.put("BAOKU_JOBS_DB_NAME", System.getProperty("baoku.it.server.jobsDb", "baoku_it_server_jobs"));
            environment.put("BAOKU_DB_USER", System.getProperty("baoku.it.db.user", "baoku"));
            environment.put("BAOKU_DB_PASSWORD", System.getProperty("baoku.it.db.password", "baoku"));
        }
    }

    /**
     * Whatever a test did, its server does not outlive it. The unpacked release (200 MB) goes too; its data and
     * log directories stay under target/ for a look after a failure.
     */
    @AfterEach
    void stopTheServerAndRemoveTheRelease() throws Exception {
        if (server == null) {
            return;
        }
        Path pidFile = host.resolve("data/baoku-server.pid");
        Optional<ProcessHandle> jvm = Files.isRegularFile(pidFile)
                ? ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())) : Optional.empty();
        if (jvm.isPresent() && jvm.get().isAlive()) {
            baokuServer("stop");
            if (jvm.get().isAlive()) {
                jvm.get().destroyForcibly();
                jvm.get().onExit().get(1, TimeUnit.MINUTES);
            }
        }
        try (Stream<Path> files = Files.walk(server)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    @Test
    void holdsTheServerTheWarAndTheScriptsButNoStateOfTheBuild() throws IOException {
        assertTrue(Files.isExecutable(server.resolve("bin/standalone.sh")), "WildFly's scripts keep their mode");
        assertTrue(Files.isExecutable(server.resolve("bin/baoku-server")));
        assertTrue(Files.isExecutable(server.resolve("bin/baoku-user")));
        assertTrue(Files.isExecutable(server.resolve("bin/baoku-admin")));
        assertTrue(Files.isRegularFile(server.resolve("systemd/baoku.service")));
        assertArrayEquals(Files.readAllBytes(PROJECT.resolve("target/baoku.war")),
                Files.readAllBytes(server.resolve("standalone/deployments/baoku.war")), "the WAR of this build");
        try (Stream<Path> deployments = Files.list(server.resolve("standalone/deployments"))) {
            assertEquals(java.util.List.of("README.txt", "baoku.war"), deployments
                    .map(path -> path.getFileName().toString()).sorted().toList(), "no deployment markers");
        }
        for (String state : new String[] {"standalone/data", "standalone/log", "standalone/tmp",
                "standalone/configuration/standalone_xml_history"}) {
            assertFalse(Files.exists(server.resolve(state)), state + " is a server run's, not the release's");
        }
        String configuration = Files.readString(server.resolve("standalone/configuration/standalone.xml"));
        for (String applied : new String[] {"BaokuArchiveDS", "BaokuJobRepositoryDS", "BaokuRealm", "/prometheus"}) {
            assertTrue(configuration.contains(applied), "deployments/ applied: " + applied);
        }
    }

    @Test
    void startsImportsTheDemoInboxFromTheInstalledCliAndStops() throws Exception {
        Path inbox = TestInboxes.demoInboxCopiedTo(Files.createDirectories(host.resolve("inboxes")).resolve("demo"));

        InstalledCli.Run started = baokuServer("start");
        assertEquals(0, started.exit(), started.toString());
        if (!POSTGRESQL) {
            assertTrue(Files.isRegularFile(host.resolve("data/baoku/archive.mv.db")), "the archive in BAOKU_DATA_DIR");
        }
        assertTrue(Files.isRegularFile(host.resolve("log/server.log")), "the log in BAOKU_LOG_DIR");

        InstalledCli.Run running = baokuServer("status");
        assertEquals(0, running.exit(), running.toString());
        assertTrue(running.out().startsWith("running"), running.toString());

        InstalledCli.Run added = run(server.resolve("bin/baoku-user"), environment, COMMAND_BOUND,
                "add", OPERATOR, "--role", "operator", "--password", PASSWORD);
        assertEquals(0, added.exit(), added.toString());

        HttpResponse<String> schedule = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api() + "/schedule"))
                .timeout(Duration.ofMinutes(1)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (OPERATOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, schedule.statusCode(), schedule.body());
        assertTrue(Pattern.compile("\"expression\"\\s*:\\s*\"30 3 \\* \\* \\*\"").matcher(schedule.body()).find(),
                "BAOKU_SCHEDULE_EXPRESSION: " + schedule.body());

        InstalledCli cli = InstalledCli.unpackInto(Files.createDirectories(host.resolve("cli-host")));
        InstalledCli.Run imported = cli.run(host, Map.of(
                "BAOKU_URL", api(),
                "BAOKU_USER", OPERATOR, "BAOKU_PASSWORD", PASSWORD), SERVER_BOUND,
                "import", inbox.toString(), "--wait", "--param", "settleSeconds=0", "--timeout", "4m");
        assertEquals(0, imported.exit(), imported.toString());
        assertTrue(imported.out().contains("COMPLETED (exit status COMPLETED_WITH_REJECTS)"), imported.out());
        assertEquals(11, count(imported.out(), "IMPORTED") + count(imported.out(), "IMPORTED_WITH_WARNINGS"),
                imported.out());
        assertEquals(1, count(imported.out(), "REJECTED"), imported.out());

        InstalledCli.Run stopped = baokuServer("stop");
        assertEquals(0, stopped.exit(), stopped.toString());
        InstalledCli.Run after = baokuServer("status");
        assertEquals(3, after.exit(), "LSB: 3 = not running: " + after);
        assertEquals("stopped", after.out().strip());

        InstalledCli.Run backup = run(server.resolve("bin/baoku-admin"), environment, COMMAND_BOUND,
                "backup", host.resolve("backup").toString());
        assertEquals(0, backup.exit(), backup.toString());
        assertTrue(Files.readString(host.resolve("backup/counts.txt")).lines().anyMatch("archive.article=34"::equals),
                "the archive (BAOKU_DATA_DIR, or BAOKU_DB_NAME) backed up: " + Files.readString(host.resolve("backup/counts.txt")));
    }

    private static String api() {
        return "http://localhost:" + (8080 + PORT_OFFSET) + "/baoku/api";
    }

    private InstalledCli.Run baokuServer(String command) throws IOException, InterruptedException {
        return run(server.resolve("bin/baoku-server"), environment, SERVER_BOUND, command);
    }

    /** The count after {@code OUTCOME } on the CLI's {@code files} line, 0 when it names none. */
    private static int count(String output, String outcome) {
        Matcher matcher = Pattern.compile("(?m)^files .*\\b" + outcome + " (\\d+)").matcher(output);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }


    private static void untar(Path tarball, Path into) throws IOException, InterruptedException {
        if (!Files.isRegularFile(tarball)) {
            throw new IllegalStateException(tarball + " is missing: it is built by mvn package");
        }
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toAbsolutePath().toString(), "-C", into.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!tar.waitFor(2, TimeUnit.MINUTES) || tar.exitValue() != 0) {
            throw new IllegalStateException("tar -xzf " + tarball + " failed: " + output);
        }
    }

    /**
     * Runs an installed script with exactly the given BAOKU_ variables (none of this JVM's) and this JVM's Java,
     * waiting at most {@code bound}. Its output goes to files: a server it starts in the background holds no pipe
     * of this test.
     */
    private InstalledCli.Run run(Path script, Map<String, String> env, Duration bound, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(host, "out", ".txt");
        Path err = Files.createTempFile(host, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(script.toString()), Stream.of(args)).toList())
                .directory(host.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.startsWith("BAOKU_") || name.equals("JAVA_OPTS"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(script.getFileName() + " " + String.join(" ", args) + " still running after " + bound);
        }
        InstalledCli.Run run = new InstalledCli.Run(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        System.out.println("installed " + script.getFileName() + " " + String.join(" ", args) + " -> " + run);
        return run;
    }
}
