package org.baoku.cli.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.baoku.corpus.CorpusSpec;
import org.baoku.corpus.NoiseLevel;

/**
 * One bench run: for each size a corpus, passes 1 and 2 over it, then passes 3 to 5 on each database,
 * then the table (a row per size and database) and its JSON.
 */
public final class BenchRun {

    /** What to run; {@code server} null skips pass 4 (no provisioned server, or not wanted). */
    public record Options(List<Integer> sizes, List<BenchDatabase> databases, Path work, int pages, int noise,
                          long seed, double badFiles, ServerOptions server) {
    }

    /** {@code serverHomes}: the provisioned server per database name; {@code search}: run pass 5 after the job. */
    public record ServerOptions(Map<String, Path> serverHomes, Path war, int portOffset, String heap, Duration startAfter,
                                Duration jobBound,
                                boolean profile, Map<String, String> jobParameters, String apiUser, boolean search,
                                int warmUpFiles) {
    }

    /** Where the warm-up corpus's issues start: before every measured corpus's first day, so none collide. */
    static final LocalDate WARM_UP_FIRST_DAY = LocalDate.of(1950, 1, 1);

    /** The machine's 1-minute load average, noted between passes (others may share the machine). */
    private static final class LoadWatch {
        private final PrintStream log;
        private double highest;

        LoadWatch(PrintStream log) {
            this.log = log;
        }

        void note(String when) {
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            highest = Math.max(highest, load);
            log.printf("   load average %s: %.1f%n", when, load);
        }

        double highest() {
            return highest;
        }
    }

    private final Options options;
    private final PrintStream log;
    /** The databases whose raw insert code has run once, untimed, in this JVM. */
    private final Set<String> rawInsertsWarmedUp = new HashSet<>();

    public BenchRun(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** Runs every size and returns the path of the JSON results written into the work directory. */
    public Path run() throws Exception {
        Files.createDirectories(options.work());
        List<SizeResult> results = new ArrayList<>();
        int cores = Runtime.getRuntime().availableProcessors();
        for (int size : options.sizes()) {
            int days = Math.max(1, (size + options.pages() - 1) / options.pages());
            CorpusSpec spec = CorpusSpec.of(days, options.pages(), options.noise(), options.seed(), options.badFiles());
            log.printf("== %,d files (%d days x %d pages)%n", spec.files(), days, options.pages());
            CorpusFiles corpus = CorpusFiles.prepare(options.work(), spec, log);
            List<Path> files = corpus.pages();
            LoadWatch load = new LoadWatch(log);
            Rate read = ReadPass.run(files);
            log.printf("1 read: %,.0f files/s%n", read.perSecond());
            ParsePass.warmUp(files);
            load.note("before parse");
            Rate parseOne = ParsePass.run(files, 1);
            Rate parseAll = ParsePass.run(files, cores);
            log.printf("2 parse: %,.0f files/s on 1 thread, %,.0f on %d%n", parseOne.perSecond(), parseAll.perSecond(),
                    cores);
            RawIndexPass.warmUp(files, cores);
            load.note("before raw index");
            Rate rawIndex = RawIndexPass.run(files, options.work(), cores);
            log.printf("3b raw index: %,.0f files/s on %d threads%n", rawIndex.perSecond(), cores);
            for (BenchDatabase database : options.databases()) {
                results.add(onDatabase(database, corpus, files, read, parseOne, parseAll, rawIndex, cores, load));
            }
        }
        log.println();
        log.print(BenchReport.markdown(results));
        log.println();
        log.print(BenchReport.details(results));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("pages", Integer.toString(options.pages()));
        settings.put("noise", Integer.toString(options.noise()));
        settings.put("seed", Long.toString(options.seed()));
        settings.put("badFiles", Double.toString(options.badFiles()));
        settings.put("cores", Integer.toString(cores));
        settings.put("databases", String.join(",", options.databases().stream().map(BenchDatabase::name).toList()));
        settings.put("heap", options.server() == null ? "-" : options.server().heap());
        settings.put("startAfter", options.server() == null ? "-" : options.server().startAfter().toString());
        settings.put("warmUpFiles", options.server() == null ? "-" : Integer.toString(options.server().warmUpFiles()));
        if (options.server() != null) {
            options.server().jobParameters().forEach((key, value) -> settings.put("job." + key, value));
        }
        settings.put("java", System.getProperty("java.version"));
        Path json = options.work().resolve("bench-" + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        Files.writeString(json, BenchReport.json(results, settings));
        log.println("results: " + json);
        return json;
    }

    /** The warm-up job's files: the bench's kind of corpus, another seed, issues from {@link #WARM_UP_FIRST_DAY}. */
    private CorpusFiles warmUpCorpus(int files) throws Exception {
        int days = Math.max(1, (files + options.pages() - 1) / options.pages());
        return CorpusFiles.prepare(options.work(), "warm-up-corpus-", new CorpusSpec(days,
                options.pages(), WARM_UP_FIRST_DAY, CorpusSpec.DEFAULT_FIRST_ISSUE,
                new NoiseLevel(options.noise()), options.seed() + 1, options.badFiles()), log);
    }

    /** Passes 3 to 5 of one size on one database. */
    private SizeResult onDatabase(BenchDatabase database, CorpusFiles corpus, List<Path> files, Rate read,
                                  Rate parseOne, Rate parseAll, Rate rawIndex, int cores, LoadWatch load)
            throws Exception {
        List<RawInsertPass.Result> raw = new ArrayList<>();
        if (rawInsertsWarmedUp.add(database.name())) {
            // untimed, once per database: the smallest size would otherwise measure the JIT compiling the driver
            List<Path> some = files.subList(0, Math.min(1_000, files.size()));
            for (RawInsertPass.Method method : database.rawMethods()) {
                WarmUp.repeat(WarmUp.TIME, () -> RawInsertPass.run(some,
                        database.freshRawDatabase(options.work(), some.size()), method, database));
            }
        }
        for (RawInsertPass.Method method : database.rawMethods()) {
            load.note("before raw insert (" + database.name() + ", " + method.label + ")");
            RawInsertPass.Result pass = RawInsertPass.run(files,
                    database.freshRawDatabase(options.work(), files.size()), method, database);
            log.printf("3 raw insert %s, %s: %,.0f rows/s (%,d rows, %,.0f files/s)%n", database.name(),
                    method.label, pass.rows().perSecond(), pass.rows().count(), pass.files().perSecond());
            raw.add(pass);
        }
        load.note("before job (" + database.name() + ")");
        ServerImportPass.Result server = null;
        if (options.server() != null) {
            ServerOptions s = options.server();
            Path warmUp = s.warmUpFiles() <= 0 ? null : warmUpCorpus(s.warmUpFiles()).directory();
            server = ServerImportPass.run(corpus.directory(), options.work(), new ServerImportPass.Settings(
                    database, s.serverHomes().get(database.name()), s.war(), s.portOffset(), s.heap(), s.startAfter(),
                    s.jobBound(), s.profile(), s.jobParameters(), s.apiUser(), s.search(), options.seed(), warmUp), log);
            log.printf("4 job %s: %s/%s, %,.0f files/s, %,.0f rows/s, peak heap %d MB, %d MB after a full GC, "
                            + "server CPU %.1f s in %.1f s (%.0f %% of %d cores)%n",
                    database.name(), server.batchStatus(), server.exitStatus(), server.files().perSecond(),
                    server.rows().perSecond(), server.peakHeapMegabytes(), server.retainedHeapMegabytes(),
                    server.serverCpuSeconds(), server.files().seconds(), 100 * server.cpuShare(cores), cores);
            StringBuilder threads = new StringBuilder();
            server.serverCpuByThread().entrySet().stream().limit(12).forEach(kind -> threads.append(String.format(
                    "%s%s %.1f s", threads.length() == 0 ? "" : ", ", kind.getKey(), kind.getValue())));
            log.printf("4 job %s: server CPU by thread: %s%n", database.name(), threads);
            ImportCost cost = server.importCost();
            StringBuilder steps = new StringBuilder();
            Map<String, Double> stepCores = server.stepCores();
            cost.stepSeconds().forEach((step, seconds) -> steps.append(String.format("%s%s %.1f s (%s cores)",
                    steps.length() == 0 ? "" : ", ", step, seconds, stepCores.containsKey(step)
                            ? String.format("%.2f", stepCores.get(step)) : "–")));
            log.printf("4 job %s: steps %s; import step %s files/s%n", database.name(), steps,
                    cost.importStep() == null ? "–" : String.format("%,.0f", cost.importStep()));
            if (cost.indexSeconds() != null) {
                log.printf("4 job: index-articles %.1f s of %.1f s; %,.0f files/s with indexing, %,.0f without (%.2f)%n",
                        cost.indexSeconds(), cost.jobSeconds(), cost.withIndexing(), cost.withoutIndexing(),
                        cost.ratio());
            }
            if (server.indexBytes() != null) {
                log.printf("4 job: search index %.1f MB, archive DB %.1f MB%n", server.indexBytes() / 1e6,
                        server.databaseBytes() / 1e6);
            }
            if (server.profile() != null) {
                log.print(server.profile().summary(15));
            }
        }
        load.note("after job");
        SizeResult result = new SizeResult(files.size(), database.name(), read, parseOne, parseAll, cores, raw, rawIndex,
                server, load.highest());
        if (server != null) {
            log.printf("4 job %s: %,.0f files/s of a bound of %,.0f (%.2f); without indexing in the bound %,.0f (%.2f)%n",
                    database.name(), server.files().perSecond(), result.boundFilesPerSecond(), result.jobOverBound(),
                    result.boundWithoutIndexingFilesPerSecond(), result.jobOverBoundWithoutIndexing());
        }
        return result;
    }
}
