package org.baoku.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baoku bench}: import throughput against its limits, on generated corpora of several sizes. A build-tree
 * tool (it launches {@code target/server} with {@code target/baoku.war}): {@code bin/baoku} offers it when this
 * class is on its classpath, which is so in a source checkout and not in the installed CLI.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the import on one generated corpus per size: 1) reading every file, "
                + "2) parsing (no DB) on 1 thread and on all cores, 3) the same rows written with plain JDBC "
                + "batches into a fresh H2 file DB, 4) the archive-import job on the provisioned server "
                + "(target/server, own base dir, port offset 400), with the time of its index-articles step, "
                + "5) on the same server after the job, search through the REST API: known-item recall per "
                + "analysis mode, reporter recall, latency; and the search index's size. Prints a markdown table "
                + "and writes it as JSON into the work directory. Needs `mvn package` first (target/baoku.war, "
                + "target/server)."})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000",
            description = "corpus sizes in files (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--work", defaultValue = "target/bench",
            description = "work directory: corpora (kept and reused), databases, server base dirs, results "
                    + "(default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--pages", defaultValue = "8", description = "pages per issue (default: ${DEFAULT-VALUE})")
    int pages;

    @Option(names = "--noise", defaultValue = "1", description = "OCR damage 0..3 (default: ${DEFAULT-VALUE})")
    int noise;

    @Option(names = "--seed", defaultValue = "1", description = "corpus seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--bad-files", defaultValue = "0.005", paramLabel = "RATE",
            description = "share of empty or binary files (default: ${DEFAULT-VALUE})")
    double badFiles;

    @Option(names = "--no-server", description = "skip pass 4 (the job on the server)")
    boolean noServer;

    @Option(names = "--server", defaultValue = "target/server",
            description = "provisioned WildFly (default: ${DEFAULT-VALUE})")
    Path serverHome;

    @Option(names = "--war", defaultValue = "target/baoku.war", description = "the WAR (default: ${DEFAULT-VALUE})")
    Path war;

    @Option(names = "--port-offset", defaultValue = "400",
            description = "server port offset; REST on 8080+offset (default: ${DEFAULT-VALUE})")
    int portOffset;

    @Option(names = "--heap", defaultValue = "512m", description = "server -Xmx (default: ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--job-timeout", defaultValue = "PT2H",
            description = "longest wait for one job, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration jobTimeout;

    @Option(names = "--job-param", paramLabel = "KEY=VALUE",
            description = "extra archive-import job parameter, e.g. partitions=1 or chunkSize=100 (repeatable)")
    java.util.Map<String, String> jobParameters = new java.util.LinkedHashMap<>();

    @Option(names = "--api-user", paramLabel = "USER:PASSWORD",
            description = "BASIC credentials for the REST API, when the server requires them")
    String apiUser;

    @Option(names = "--profile", description = "record JFR on the server during each job and print where it spent CPU")
    boolean profile;

    @Option(names = "--no-search", description = "skip pass 5 (search on the archive the job imported)")
    boolean noSearch;

    @Override
    public Integer call() throws Exception {
        BenchRun.ServerOptions server = null;
        if (!noServer) {
            if (!Files.isExecutable(serverHome.resolve("bin/standalone.sh")) || !Files.isRegularFile(war)) {
                System.err.println("no provisioned server or WAR (" + serverHome + ", " + war
                        + "): run `mvn -B package -DskipTests` first, or pass --no-server");
                return 2;
            }
            server = new BenchRun.ServerOptions(serverHome.toAbsolutePath(), war.toAbsolutePath(), portOffset, heap,
                    jobTimeout, profile, jobParameters, apiUser, !noSearch);
        }
        new BenchRun(new BenchRun.Options(sizes, work.toAbsolutePath(), pages, noise, seed, badFiles, server),
                System.out).run();
        return 0;
    }
}
