package org.baoku.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The provisioned WildFly (target/server) started on a base directory of its own under the work
 * directory, so that its archive, logs and deployments are fresh for every run and nobody else's
 * server is touched. Heap is bounded like production ({@code -Xmx512m}); GC is logged to find the
 * peak heap afterwards.
 */
final class WildFlyServer implements AutoCloseable {

    private static final Duration BOOT_BOUND = Duration.ofMinutes(4);
    private static final Duration STOP_BOUND = Duration.ofMinutes(2);

    private final Path baseDir;
    private final int portOffset;
    private Process launcher;
    private long pid = -1;

    private WildFlyServer(Path baseDir, int portOffset) {
        this.baseDir = baseDir;
        this.portOffset = portOffset;
    }

    /** Copies the server's standalone directory (configuration only) and the WAR, then boots it. */
    static WildFlyServer start(Path serverHome, Path war, Path baseDir, int portOffset, String heap, Path inboxRoot,
                               Map<String, String> environment) throws Exception {
        CorpusFiles.deleteTree(baseDir);
        copyTree(serverHome.resolve("standalone/configuration"), baseDir.resolve("configuration"));
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.createDirectories(baseDir.resolve("log"));
        Files.copy(war, baseDir.resolve("deployments").resolve(war.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        WildFlyServer server = new WildFlyServer(baseDir, portOffset);
        try {
            server.boot(serverHome, heap, war.getFileName().toString(), inboxRoot, environment);
            server.addOperator(serverHome);
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static final String OPERATOR = "bench-operator";
    private String password;
    private java.time.Instant startedAt;

    private void boot(Path serverHome, String heap, String warName, Path inboxRoot, Map<String, String> environment)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(serverHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir, "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Dbaoku.inbox.roots=" + inboxRoot);
        Map<String, String> env = builder.environment();
        env.putAll(environment); // e.g. which PostgreSQL databases the server's data sources open
        // JAVA_OPTS replaces standalone.conf's defaults: repeat them, with our heap and a GC log of our own
        env.put("JAVA_OPTS", "-Xms64m -Xmx" + heap + " -Djava.net.preferIPv4Stack=true"
                + " -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true"
                + " -Xlog:gc:file=" + gcLog()
                // e.g. -XX:FlightRecorderOptions:stackdepth=512 for profiles whose stacks reach the caller
                + " " + System.getenv().getOrDefault("BAOKU_BENCH_SERVER_OPTS", ""));
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.put("JBOSS_PIDFILE", baseDir.resolve("server.pid").toString());
        builder.redirectErrorStream(true).redirectOutput(baseDir.resolve("log/console.log").toFile());
        startedAt = java.time.Instant.now();
        launcher = builder.start();
        Path pidFile = baseDir.resolve("server.pid");
        Path deployed = baseDir.resolve("deployments/" + warName + ".deployed");
        Path failed = baseDir.resolve("deployments/" + warName + ".failed");
        long deadline = System.nanoTime() + BOOT_BOUND.toNanos();
        while (!Files.exists(deployed)) {
            if (pid < 0 && Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
                pid = Long.parseLong(Files.readString(pidFile).trim());
            }
            if (Files.exists(failed) || !launcher.isAlive()) {
                throw new IllegalStateException("the server did not deploy " + warName + "; see "
                        + baseDir.resolve("log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no deployment of " + warName + " within " + BOOT_BOUND);
            }
            Thread.sleep(250);
        }
        if (pid < 0) {
            pid = Long.parseLong(Files.readString(pidFile).trim());
        }
    }

    /** Adds an operator for the bench's REST calls, with a fresh random password, as bin/baoku-user would. */
    private void addOperator(Path serverHome) throws Exception {
        password = java.util.UUID.randomUUID().toString();
        String realm = "/subsystem=elytron/filesystem-realm=BaokuRealm";
        Path script = baseDir.resolve("add-bench-operator.cli");
        Files.writeString(script, realm + ":add-identity(identity=" + OPERATOR + ")\n"
                + realm + ":set-password(identity=" + OPERATOR + ", clear={password=\"" + password + "\"})\n"
                + realm + ":add-identity-attribute(identity=" + OPERATOR + ", name=Roles, value=[operator])\n");
        Process cli = new ProcessBuilder(serverHome.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=localhost:" + (9990 + portOffset), "--file=" + script)
                .redirectErrorStream(true).redirectOutput(baseDir.resolve("log/add-bench-operator.log").toFile())
                .start();
        if (!cli.waitFor(2, java.util.concurrent.TimeUnit.MINUTES) || cli.exitValue() != 0) {
            throw new IllegalStateException("could not add the bench operator; see " + baseDir.resolve("log"));
        }
    }

    /** BASIC credentials of the operator this server was started with. */
    String operatorAuthorization() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (OPERATOR + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** When the server's process was launched. */
    java.time.Instant startedAt() {
        return startedAt;
    }

    long pid() {
        return pid;
    }

    /** CPU time the server's JVM has used so far, all its threads. */
    Duration cpuTime() {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration()).orElseThrow(
                () -> new IllegalStateException("no CPU time for the server (pid " + pid + ")"));
    }

    Path gcLog() {
        return baseDir.resolve("log/gc-bench.log");
    }

    /** Asks the server to shut down (SIGTERM to its JVM) and waits, with a bound, until it has. */
    @Override
    public void close() throws Exception {
        if (pid > 0) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } else if (launcher != null) {
            launcher.destroy(); // standalone.sh passes the TERM on to the server in the background
        }
        if (launcher != null && !launcher.waitFor(STOP_BOUND.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
        if (pid > 0) {
            long deadline = System.nanoTime() + STOP_BOUND.toNanos();
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            List<Path> all = new ArrayList<>(files.toList());
            for (Path file : all) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.toString().contains("standalone_xml_history")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
