package org.baoku.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The operator CLI installed as on another host: {@code target/baoku-cli-<version>.tar.gz} unpacked with {@code tar}
 * into a directory of its own, and {@code bin/baoku} run as a process from any working directory, with the
 * environment it is given (none of the test JVM's BAOKU_ variables) and this JVM's Java as JAVA_HOME.
 */
public final class InstalledCli {

    /** The tarball the build made (failsafe passes its path). */
    public static final Path TARBALL = Path.of(System.getProperty("baoku.release.cliTarball",
            "target/baoku-cli-" + System.getProperty("baoku.release.version", "0.1.0-SNAPSHOT") + ".tar.gz"));
    /** The directory the tarball unpacks into: baoku-cli-<version>. */
    public static final String RELEASE_NAME = System.getProperty("baoku.release.cliName",
            "baoku-cli-" + System.getProperty("baoku.release.version", "0.1.0-SNAPSHOT"));

    private final Path home;

    private InstalledCli(Path home) {
        this.home = home;
    }

    /** Unpacks the tarball into {@code host} as an operator would ({@code tar -xzf}), keeping file modes. */
    public static InstalledCli unpackInto(Path host) throws IOException, InterruptedException {
        if (!Files.isRegularFile(TARBALL)) {
            throw new IllegalStateException(TARBALL + " is missing: it is built by mvn package");
        }
        Process tar = new ProcessBuilder("tar", "-xzf", TARBALL.toAbsolutePath().toString(), "-C", host.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!tar.waitFor(1, TimeUnit.MINUTES) || tar.exitValue() != 0) {
            throw new IllegalStateException("tar -xzf " + TARBALL + " failed: " + output);
        }
        return new InstalledCli(host.resolve(RELEASE_NAME));
    }

    /** baoku-cli-<version>/, holding bin/ and lib/. */
    public Path home() {
        return home;
    }

    public Path launcher() {
        return home.resolve("bin/baoku");
    }

    public List<Path> libraries() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("lib"))) {
            return files.sorted().toList();
        }
    }

    /** What one command line did. */
    public record Run(int exit, String out, String err) {

        public List<String> outLines() {
            return out.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /**
     * Runs {@code bin/baoku ARGS} in {@code workingDirectory} with the given environment variables, waiting at most
     * {@code bound} for it to end (then it is killed and the test fails).
     */
    public Run run(Path workingDirectory, Map<String, String> environment, Duration bound, String... args)
            throws IOException, InterruptedException {
        return runVia(launcher(), workingDirectory, environment, bound, args);
    }

    /** Runs the launcher by another path to it, such as a symlink in the operator's PATH. */
    public Run runVia(Path launcher, Path workingDirectory, Map<String, String> environment, Duration bound,
            String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("baoku-out", ".txt");
        Path err = Files.createTempFile("baoku-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(launcher.toString()), Stream.of(args))
                .toList())
                .directory(workingDirectory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("BAOKU_"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/baoku " + String.join(" ", args) + " still running after " + bound);
        }
        Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        System.out.println("installed bin/baoku " + String.join(" ", args) + " -> " + run); // in the failsafe report
        return run;
    }
}
