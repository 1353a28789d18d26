package org.baoku.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The provisioned server run by a test itself, with WildFly's own launcher (as Arquillian's managed container
 * does), for what Arquillian's container lifecycle does not offer: killing it and starting it again on the same
 * data, stopping its database under it, or starting it on an archive prepared beforehand. Its own base directory
 * under {@code target/} (configuration copied from the provisioned server, the built WAR deployed, data and logs
 * of its own) and its own ports ({@code offset} + {@code baoku.it.portOffset}). Started = baoku deployed and
 * answering, with the tests' operator and viewer added. {@link #prepareBare} runs the same WildFly without
 * baoku's configuration and WAR, as an operator's own server that {@code bin/baoku-install} installs baoku onto.
 */
public final class LaunchedServer implements AutoCloseable {

    private static final Path SERVER = Path.of(System.getProperty("jboss.home", "target/server"));
    /** The same WildFly without baoku's configuration and WAR (the build provisions it for the H2 ITs). */
    private static final Path BARE_SERVER = Path.of(System.getProperty("baoku.it.bareServer", "target/server-bare"));
    /** The cluster profile's server: the PostgreSQL one with JGroups, the shared timer store and baoku.cluster.enabled. */
    private static final Path CLUSTER_SERVER = Path.of(System.getProperty("baoku.it.clusterServer", "target/server-cluster"));
    private static final Path WAR = Path.of(System.getProperty("baoku.war", "target/baoku.war"));
    private static final Duration BOUND = Duration.ofMinutes(5);
    /** How long a graceful stop may take before the server is killed (and its threads shown). */
    private static final Duration STOP_BOUND = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Servers started and not yet stopped, for {@link DumpLaunchedServersOnFailure}. */
    static final Set<LaunchedServer> RUNNING = ConcurrentHashMap.newKeySet();

    private final Path home;
    private final Path base;
    private final int offset;
    private final boolean withBaoku;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> javaOptions = new ArrayList<>();
    private Process process;

    private LaunchedServer(Path home, Path base, int offset, boolean withBaoku) {
        this.home = home;
        this.base = base;
        this.offset = offset;
        this.withBaoku = withBaoku;
    }

    /** A new base directory {@code target/<name>-<uuid>}, with the configuration and the WAR; not started. */
    public static LaunchedServer prepare(String name, int offset) throws IOException {
        Path base = baseCopiedFrom(SERVER, name);
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(WAR, base.resolve("deployments/baoku.war"), StandardCopyOption.REPLACE_EXISTING);
        return new LaunchedServer(SERVER, base, offset + Integer.getInteger("baoku.it.portOffset", 0), true);
    }

    /** A node of the cluster profile's server, named {@code node} ({@code jboss.node.name}); not started. */
    public static LaunchedServer prepareNode(String name, int offset, String node) throws IOException {
        Path base = baseCopiedFrom(CLUSTER_SERVER, name);
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(WAR, base.resolve("deployments/baoku.war"), StandardCopyOption.REPLACE_EXISTING);
        LaunchedServer server = new LaunchedServer(CLUSTER_SERVER, base, offset + Integer.getInteger("baoku.it.portOffset", 0), true);
        server.javaOptions.add("-Djboss.node.name=" + node);
        return server;
    }

    /** The bare WildFly, as an operator's own server before baoku is installed on it; not started. */
    public static LaunchedServer prepareBare(String name, int offset) throws IOException {
        Path base = baseCopiedFrom(BARE_SERVER, name);
        Files.createDirectories(base.resolve("deployments"));
        return new LaunchedServer(BARE_SERVER, base, offset + Integer.getInteger("baoku.it.portOffset", 0), false);
    }

    private static Path baseCopiedFrom(Path server, String name) throws IOException {
        Path base = Files.createDirectories(TestInboxes.PROJECT.resolve("target/" + name + "-" + UUID.randomUUID()));
        Path from = server.resolve("standalone/configuration");
        Path to = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return base;
    }

    /** The WildFly installation it runs from ({@code JBOSS_HOME}). */
    public Path home() {
        return home;
    }

    /** An environment variable of the server, e.g. {@code BAOKU_DB_NAME} read by deployments/postgresql. */
    public LaunchedServer withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Its base directory: {@code data/} is {@code jboss.server.data.dir}; inboxes under it are allowed. */
    public Path base() {
        return base;
    }

    /** The REST API's URL, e.g. {@code http://localhost:8280/baoku/api}. */
    public String api() {
        return "http://localhost:" + (8080 + offset) + "/baoku/api";
    }

    public int managementPort() {
        return 9990 + offset;
    }

    /**
     * Starts it and waits (at most 5 minutes) until baoku is deployed and secured — or, for a bare server, until
     * the server is running.
     */
    public void start() throws Exception {
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(home).setBaseDirectory(base)
                .addJavaOptions("-Xms256m", "-Xmx768m", "-Djboss.socket.binding.port-offset=" + offset,
                        "-Dbaoku.inbox.roots=" + base,
                        "-Djdk.serialFilter=" + System.getProperty("baoku.it.serialFilter", ""))
                .addJavaOptions(javaOptions);
        Launcher launcher = Launcher.of(command).setRedirectErrorStream(true)
                .redirectOutput(base.resolve("server-" + System.nanoTime() + ".log"));
        environment.forEach(launcher::addEnvironmentVariable);
        process = launcher.launch();
        RUNNING.add(this);
        if (withBaoku) {
            awaitBaoku();
        } else {
            awaitRunning();
        }
    }

    /** Waits until baoku answers, deployed and secured, then adds the tests' operator and viewer. */
    public void awaitBaoku() throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(api() + "/jobs")).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 401) { // deployed, and secured
                    try (ModelControllerClient management = ModelControllerClient.Factory.create("localhost",
                            managementPort())) {
                        TestUsers.addOperatorAndViewer(management);
                    }
                    return;
                }
            } catch (IOException notYetListening) { // or not answering within the request's timeout
                // the server is still starting
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("server in " + base + " did not deploy baoku within " + BOUND);
            }
            Thread.sleep(250);
        }
    }

    private void awaitRunning() throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        ModelNode read = Operations.createReadAttributeOperation(new ModelNode().setEmptyList(), "server-state");
        while (true) {
            try (ModelControllerClient management = ModelControllerClient.Factory.create("localhost", managementPort())) {
                ModelNode result = management.execute(read);
                if (Operations.isSuccessfulOutcome(result) && "running".equals(Operations.readResult(result).asString())) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the server is still starting
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("server in " + base + " did not start within " + BOUND);
            }
            Thread.sleep(250);
        }
    }

    /** kill -9: no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            throw new AssertionError("server in " + base + " (pid " + process.pid() + ") still alive a minute after kill -9");
        }
        RUNNING.remove(this);
    }

    /**
     * A graceful stop (SIGTERM), waited for at most 2 minutes; a server that does not stop by then has its threads
     * written to the test's output and is killed, so that a stuck server fails the test instead of hanging the build.
     */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_BOUND.toSeconds(), TimeUnit.SECONDS)) {
                System.out.println("server in " + base + " did not stop within " + STOP_BOUND + "; its threads:\n"
                        + threadDump());
                kill();
                throw new AssertionError("server in " + base + " did not stop within " + STOP_BOUND + " (killed)");
            }
        }
        RUNNING.remove(this);
    }

    /** The server's threads ({@code jcmd Thread.print}), or why they could not be had. */
    String threadDump() {
        if (process == null || !process.isAlive()) {
            return "(not running)";
        }
        // the launcher's process is the server's JVM itself (no shell script in between)
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true).start();
            String threads = new String(dump.getInputStream().readAllBytes());
            return dump.waitFor(1, TimeUnit.MINUTES) ? threads : threads + "\n(jcmd did not finish)";
        } catch (IOException e) {
            return "(no thread dump: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(thread dump interrupted)";
        }
    }

    /** The last {@code lines} lines of the server's newest log. */
    String logTail(int lines) {
        try (Stream<Path> logs = Files.list(base)) {
            Path newest = logs.filter(file -> file.getFileName().toString().matches("server-\\d+\\.log"))
                    .max(Comparator.comparingLong(file -> file.toFile().lastModified())).orElse(null);
            if (newest == null) {
                return "(no log)";
            }
            List<String> all = Files.readAllLines(newest);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return "server in " + base + (process == null ? "" : " (pid " + process.pid() + ")");
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
