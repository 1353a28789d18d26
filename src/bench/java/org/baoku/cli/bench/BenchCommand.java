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
                + "2) parsing (no DB) on 1 thread and on all cores, then for each database (--db): 3) the same rows "
                + "written without the server into a fresh database (JDBC batches; on PostgreSQL also binary COPY), "
                + "the bound 1/(1/parse + 1/fastest raw insert), 4) the archive-import job on the provisioned server "
                + "(target/server or target/server-postgresql, own base dir, port offset 400), with the time of its index-articles step, "
                + "5) on the same server after the job, search through the REST API: known-item recall per "
                + "analysis mode, reporter recall, latency; and the search index's size. Prints a markdown table "
                + "and writes it as JSON into the work directory. Needs `mvn package` first (target/baoku.war, "
                + "target/server)."})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000",
            description = "corpus sizes in files (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--db", split = ",", defaultValue = "h2", paramLabel = "DATABASE",
            description = "databases to measure, each with its raw passes and its job: h2, postgresql (the cluster "
                    + "of bin/postgres-up, databases baoku_bench, baoku_bench_jobs and baoku_bench_raw, emptied "
                    + "first; BAOKU_DB_HOST, BAOKU_DB_PORT, BAOKU_DB_USER, BAOKU_DB_PASSWORD as for the server) "
                    + "(default: ${DEFAULT-VALUE})")
    List<String> databases;

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

    @Option(names = "--postgresql-server", defaultValue = "target/server-postgresql",
            description = "provisioned WildFly of the postgresql profile, for --db postgresql (default: ${DEFAULT-VALUE})")
    Path postgresqlServerHome;

    @Option(names = "--war", defaultValue = "target/baoku.war", description = "the WAR (default: ${DEFAULT-VALUE})")
    Path war;

    @Option(names = "--port-offset", defaultValue = "400",
            description = "server port offset; REST on 8080+offset (default: ${DEFAULT-VALUE})")
    int portOffset;

    @Option(names = "--heap", defaultValue = "512m", description = "server -Xmx (default: ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--start-after", defaultValue = "PT60S",
            description = "how long after the server's start each job starts, ISO-8601: a nightly import meets a "
                    + "server that has run for a while, and the server warms its parser up after deployment "
                    + "(PT0S: at once) (default: ${DEFAULT-VALUE})")
    Duration startAfter;

    @Option(names = "--job-timeout", defaultValue = "PT2H",
            description = "longest wait for one job, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration jobTimeout;

    @Option(names = "--job-param", paramLabel = "KEY=VALUE",
            description = "extra archive-import job parameter, e.g. partitions=1 or chunkSize=100 (repeatable)")
    java.util.Map<String, String> jobParameters = new java.util.LinkedHashMap<>();

    @Option(names = "--api-user", paramLabel = "USER:PASSWORD",
            description = "BASIC credentials for the REST API, when the server requires them")
    String apiUser;

    @Option(names = "--profile", description = "record JFR on the server from its start (starting a recording later threw the compiled code away) and print where it spent CPU during the job")
    boolean profile;

    @Option(names = "--no-search", description = "skip pass 5 (search on the archive the job imported)")
    boolean noSearch;

    @Option(names = "--warm-up-files", defaultValue = "0", paramLabel = "FILES",
            description = "before each measured job, the server imports this many other files (issues from 1950, "
                    + "before every measured corpus): a server that has imported before, as on the nights after "
                    + "its first; 0: none (default: ${DEFAULT-VALUE})")
    int warmUpFiles;

    @Override
    public Integer call() throws Exception {
        List<BenchDatabase> measured;
        try {
            measured = databases.stream().distinct().map(BenchDatabase::named).toList();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        BenchRun.ServerOptions server = null;
        if (!noServer) {
            java.util.Map<String, Path> homes = new java.util.LinkedHashMap<>();
            for (BenchDatabase database : measured) {
                Path home = database instanceof BenchDatabase.Postgresql ? postgresqlServerHome : serverHome;
                if (!Files.isExecutable(home.resolve("bin/standalone.sh")) || !Files.isRegularFile(war)) {
                    System.err.println("no provisioned server or WAR for " + database.name() + " (" + home + ", " + war
                            + "): run `mvn -B package -DskipTests`" + (database instanceof BenchDatabase.Postgresql
                            ? " -Ppostgresql" : "") + " first, or pass --no-server");
                    return 2;
                }
                homes.put(database.name(), home.toAbsolutePath());
            }
            server = new BenchRun.ServerOptions(homes, war.toAbsolutePath(), portOffset, heap, startAfter,
                    jobTimeout, profile, jobParameters, apiUser, !noSearch, warmUpFiles);
        }
        new BenchRun(new BenchRun.Options(sizes, measured, work.toAbsolutePath(), pages, noise, seed, badFiles,
                server), System.out).run();
        return 0;
    }
}
