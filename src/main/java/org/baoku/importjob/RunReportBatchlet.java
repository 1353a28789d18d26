package org.baoku.importjob;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import org.baoku.archive.ImportOutcome;
import org.baoku.archive.ImportStatistics;
import org.baoku.archive.Manifest;
import org.baoku.archive.RunReportRecord;
import org.baoku.archive.RunReports;
import org.baoku.report.RunReport;
import org.baoku.report.RunReportPage;

/**
 * Step {@code report-run}: stores the run report and writes it as JSON and HTML into the reports
 * directory, and sets the job's exit status: {@code COMPLETED}, or {@code COMPLETED_WITH_REJECTS} when
 * any file of the run was rejected.
 */
@Named
@Dependent
public class RunReportBatchlet extends AbstractBatchlet {

    static final String COMPLETED = "COMPLETED";
    static final String COMPLETED_WITH_REJECTS = "COMPLETED_WITH_REJECTS";

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true).withNullValues(true));

    @Inject
    @BatchProperty
    String inbox;

    @Inject
    @BatchProperty
    String reports;

    @Inject
    JobContext job;

    @Inject
    ImportStatistics statistics;

    @Inject
    Manifest manifest;

    @Inject
    RunReports stored;

    /** Observers (metrics) learn of every finished run without the job knowing them. */
    @Inject
    Event<RunReport> reported;

    @Override
    public String process() throws IOException {
        long instance = job.getInstanceId();
        long execution = job.getExecutionId();
        Map<String, Long> outcomes = byName(statistics.outcomesOfRun(instance));
        Map<String, Long> outcomesThisExecution = byName(statistics.outcomesOfExecution(execution));
        String exitStatus = outcomes.get(ImportOutcome.REJECTED.name()) > 0 ? COMPLETED_WITH_REJECTS : COMPLETED;
        Instant started = BatchRuntime.getJobOperator().getJobExecution(execution).getStartTime().toInstant();
        Instant ended = Instant.now();
        long millis = Math.max(1, Duration.between(started, ended).toMillis());
        long files = outcomesThisExecution.values().stream().mapToLong(Long::longValue).sum();
        List<RunReport.Rejection> rejected = statistics.rejectionsOfRun(instance).stream()
                .map(r -> new RunReport.Rejection(r.getSourcePath(), r.getReason()))
                .toList();
        RunReport report = new RunReport(instance, execution, inbox, exitStatus, started, ended, millis,
                manifest.size(instance), files, files * 1000.0 / millis, outcomes,
                outcomesThisExecution, statistics.findingsOfRun(instance), rejected);

        String json = JSON.toJson(report);
        stored.save(new RunReportRecord(instance, execution, exitStatus, ended, report.filesPerSecond(), json));
        Path directory = reportsDirectory(reports);
        Files.createDirectories(directory);
        String name = "archive-import-" + instance + "-" + execution;
        Files.writeString(directory.resolve(name + ".json"), json, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(name + ".html"), RunReportPage.html(report), StandardCharsets.UTF_8);

        reported.fire(report);
        job.setExitStatus(exitStatus);
        return exitStatus;
    }

    private static Map<String, Long> byName(Map<ImportOutcome, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        for (ImportOutcome outcome : ImportOutcome.values()) {
            named.put(outcome.name(), counts.getOrDefault(outcome, 0L));
        }
        return named;
    }

    static Path reportsDirectory(String reports) {
        String configured = JobParameters.text(reports);
        if (configured != null) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", "."), "baoku", "reports");
    }
}
