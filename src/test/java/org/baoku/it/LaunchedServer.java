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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jboss.as.controller.client.ModelControllerClient;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The provisioned server run by a test itself, with WildFly's own launcher (as Arquillian's managed container
 * does), for what Arquillian's container lifecycle does not offer: killing it and starting it again on the same
 * data, stopping its database under it, or starting it on an archive prepared beforehand. Its own base directory
 * under {@code target/} (configuration copied from the provisioned server, the built WAR deployed, data and logs
 * of its own) and its own ports ({@code offset} + {@code baoku.it.portOffset}). Started = baoku deployed and
 * answering, with the tests' operator and viewer added.
 */
public final class LaunchedServer implements AutoCloseable {

    private static final Path SERVER = Path.of(System.getProperty("jboss.home", "target/server"));
    private static final Path WAR = Path.of(System.getProperty("baoku.war", "target/baoku.war"));
    private static final Duration BOUND = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path base;
    private final int offset;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Process process;

    private LaunchedServer(Path base, int offset) {
        this.base = base;
        this.offset = offset;
    }

    /** A new base directory {@code target/<name>-<uuid>}, with the configuration and the WAR; not started. */
    public static LaunchedServer prepare(String name, int offset) throws IOException {
        Path base = Files.createDirectories(TestInboxes.PROJECT.resolve("target/" + name + "-" + UUID.randomUUID()));
        Path from = SERVER.resolve("standalone/configuration");
        Path to = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(WAR, base.resolve("deployments/baoku.war"), StandardCopyOption.REPLACE_EXISTING);
        return new LaunchedServer(base, offset + Integer.getInteger("baoku.it.portOffset", 0));
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

    /** Starts it and waits until baoku is deployed and secured (at most 5 minutes). */
    public void start() throws Exception {
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(SERVER).setBaseDirectory(base)
                .addJavaOptions("-Xms256m", "-Xmx768m", "-Djboss.socket.binding.port-offset=" + offset,
                        "-Dbaoku.inbox.roots=" + base,
                        "-Djdk.serialFilter=" + System.getProperty("baoku.it.serialFilter", ""));
        Launcher launcher = Launcher.of(command).setRedirectErrorStream(true)
                .redirectOutput(base.resolve("server-" + System.nanoTime() + ".log"));
        environment.forEach(launcher::addEnvironmentVariable);
        process = launcher.launch();
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(api() + "/jobs")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 401) { // deployed, and secured
                    try (ModelControllerClient management = ModelControllerClient.Factory.create("localhost",
                            managementPort())) {
                        TestUsers.addOperatorAndViewer(management);
                    }
                    return;
                }
            } catch (IOException notYetListening) {
                // the server is still starting
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("server in " + base + " did not deploy baoku within " + BOUND);
            }
            Thread.sleep(250);
        }
    }

    /** kill -9: no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A graceful stop (SIGTERM), waited for. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
