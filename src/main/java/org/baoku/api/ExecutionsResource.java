package org.baoku.api;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.baoku.archive.ImportOutcome;
import org.baoku.archive.ImportStatistics;

/** Reads job executions from the batch runtime's job repository, with what each did to the archive. */
@Path("/executions")
@RequestScoped
public class ExecutionsResource {

    @Inject
    ImportStatistics statistics;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ExecutionView execution(@PathParam("id") long id) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = operator.getJobExecution(id);
        List<ExecutionView.StepView> steps = operator.getStepExecutions(id).stream()
                .map(ExecutionsResource::step)
                .toList();
        Map<String, Long> files = new LinkedHashMap<>();
        Map<ImportOutcome, Long> outcomes = statistics.outcomesOfRun(operator.getJobInstance(id).getInstanceId());
        long read = 0;
        for (ImportOutcome outcome : ImportOutcome.values()) {
            long count = outcomes.getOrDefault(outcome, 0L);
            files.put(outcome.name(), count);
            read += count;
        }
        files.put("TOTAL", read);
        return new ExecutionView(execution.getExecutionId(), execution.getJobName(),
                String.valueOf(execution.getBatchStatus()), execution.getExitStatus(),
                instant(execution.getStartTime()), instant(execution.getEndTime()), steps, files, statistics.totals());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public String executionAsText(@PathParam("id") long id) {
        return execution(id).toText();
    }

    private static ExecutionView.StepView step(StepExecution step) {
        Map<String, Long> metrics = new LinkedHashMap<>();
        for (Metric metric : step.getMetrics()) {
            metrics.put(metricName(metric.getType()), metric.getValue());
        }
        return new ExecutionView.StepView(step.getStepName(), String.valueOf(step.getBatchStatus()),
                step.getExitStatus(), metrics);
    }

    /** READ_COUNT becomes readCount, as JSON readers expect. */
    private static String metricName(Metric.MetricType type) {
        String[] words = type.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
