package org.baoku.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import jakarta.ws.rs.core.Response;

import org.baoku.archive.ImportOutcome;
import org.baoku.archive.ImportRanges;
import org.baoku.archive.ImportStatistics;
import org.baoku.archive.Manifest;
import org.baoku.archive.RunReports;
import org.baoku.archive.SharedRuns;
import org.baoku.cluster.ClusterSettings;
import org.baoku.search.query.QueryParameters;

/** Reads job executions from the batch runtime's job repository, with what each did to the archive. */
@Path("/executions")
@UsesJobRepository
@RequestScoped
public class ExecutionsResource {

    @Inject
    ImportStatistics statistics;

    @Inject
    RunReports reports;

    @Inject
    Manifest manifest;

    @Inject
    ArchiveTotalsCache totals;

    @Inject
    SharedRuns sharedRuns;

    @Inject
    ImportRanges ranges;

    @Inject
    ClusterSettings cluster;

    /** The jobs operators start, and the nodes' shares of cluster runs (started by the nodes themselves). */
    static final List<String> LISTED = java.util.stream.Stream.concat(JobsResource.JOBS.stream().sorted(),
            java.util.stream.Stream.of("archive-import-share")).toList();

    /** JSON unless the client asks for {@code text/plain} (key: value lines, for shell scripts). */
    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response get(@PathParam("id") long id, @Context Request request) {
        Variant chosen = request.selectVariant(Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
                MediaType.TEXT_PLAIN_TYPE).build());
        ExecutionView view = execution(id);
        if (chosen != null && chosen.getMediaType().isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            return Response.ok(view.toText(), MediaType.TEXT_PLAIN_TYPE).build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    ExecutionView execution(long id) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = operator.getJobExecution(id);
        List<ExecutionView.StepView> steps = operator.getStepExecutions(id).stream()
                .map(ExecutionsResource::step)
                .toList();
        Map<String, Long> files = new LinkedHashMap<>();
        // a node's share of a run counts the run's files, as the run's own executions do
        long jobInstanceId = sharedRuns.runOfExecution(id).orElseGet(() -> operator.getJobInstance(id).getInstanceId());
        Map<ImportOutcome, Long> outcomes = statistics.outcomesOfRun(jobInstanceId);
        long read = 0;
        for (ImportOutcome outcome : ImportOutcome.values()) {
            long count = outcomes.getOrDefault(outcome, 0L);
            files.put(outcome.name(), count);
            read += count;
        }
        files.put("TOTAL", read);
        return new ExecutionView(execution.getExecutionId(), execution.getJobName(),
                String.valueOf(execution.getBatchStatus()), execution.getExitStatus(),
                instant(execution.getStartTime()), instant(execution.getEndTime()), steps, files,
                totals.totals(RUNNING.contains(execution.getBatchStatus())),
                new ExecutionView.Progress(read, manifest.size(jobInstanceId)), sharing(jobInstanceId));
    }

    /** Which node did which range, for an import run (also one with nothing to import); null for other jobs. */
    private ExecutionView.Sharing sharing(long run) {
        List<ImportRanges.RangeState> states = ranges.of(run);
        SharedRuns.SharedRun shared = sharedRuns.of(run).orElse(null);
        if (states.isEmpty() && shared == null) {
            return null;
        }
        return new ExecutionView.Sharing(run, shared == null ? null : shared.coordinatorExecution(),
                shared == null ? null : shared.coordinatorNode(), shared == null ? null : shared.phase().name(),
                shared != null && shared.stopRequested(),
                sharedRuns.shares(run).stream().map(share -> new ExecutionView.Share(share.execution(), share.node(),
                        share.startedAt(), statistics.outcomesOfExecution(share.execution()).values().stream()
                                .mapToLong(Long::longValue).sum())).toList(),
                states.stream().map(r -> new ExecutionView.RangeView(r.number(), r.after() + 1, r.last(), r.node(),
                        r.execution(), r.claims(), r.finishedAt() != null)).toList());
    }

    /** One page of executions of the application's jobs, newest first, optionally of one batch status. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ExecutionPage list(@QueryParam("status") String status, @QueryParam("page") String pageText,
                              @QueryParam("size") String sizeText) {
        // as text: a word where a number belongs is a 400 that says so, not JAX-RS's 404
        int page = QueryParameters.number("page", pageText, 0, 0, 1_000_000);
        int size = QueryParameters.number("size", sizeText, 20, 1, 200);
        BatchStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = BatchStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("unknown status '" + (status.length() > 40 ? status.substring(0, 40) + "…" : status) + "'; one of "
                        + java.util.Arrays.toString(BatchStatus.values()));
            }
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobExecution> executions = new ArrayList<>();
        for (String job : LISTED) {
            if (!operator.getJobNames().contains(job)) {
                continue;
            }
            int instances = operator.getJobInstanceCount(job);
            for (JobInstance instance : operator.getJobInstances(job, 0, instances)) {
                executions.addAll(operator.getJobExecutions(instance));
            }
        }
        BatchStatus filter = wanted;
        List<ExecutionPage.Summary> matching = executions.stream()
                .filter(e -> filter == null || e.getBatchStatus() == filter)
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                .map(e -> new ExecutionPage.Summary(e.getExecutionId(), e.getJobName(), String.valueOf(e.getBatchStatus()),
                        e.getExitStatus(), instant(e.getStartTime()), instant(e.getEndTime())))
                .toList();
        int from = Math.min(matching.size(), page * size);
        return new ExecutionPage(page, size, matching.size(), matching.subList(from, Math.min(matching.size(), from + size)));
    }

    /** The run report of a finished execution, as stored by its report step. */
    @GET
    @Path("/{id}/report")
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("id") long id) {
        BatchRuntime.getJobOperator().getJobExecution(id); // 404 for an unknown execution
        return reports.ofExecution(id)
                .map(r -> Response.ok(r.getJson(), MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND,
                        "execution " + id + " has no report (yet): reports are written when a run completes"));
    }

    /** Asks a running execution to stop at its next chunk boundary. */
    @POST
    @Path("/{id}/stop")
    @Produces(MediaType.APPLICATION_JSON)
    public Response stop(@PathParam("id") long id) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Optional<Long> run = sharedRuns.runOfExecution(id);
        // every node stops its executions of the run at its next heartbeat; this node's at once
        boolean shared = run.isPresent() && sharedRuns.requestStop(run.get());
        if (!shared || sharedRuns.nodeOfExecution(id).map(cluster.node()::equals).orElse(true)) {
            operator.stop(id);
        } else if (!RUNNING.contains(operator.getJobExecution(id).getBatchStatus())) {
            operator.stop(id); // not running: the runtime says so (409)
        }
        return Response.accepted(execution(id)).build();
    }

    /** Restarts a FAILED or STOPPED execution; it continues after its last committed chunk. */
    @POST
    @Path("/{id}/restart")
    @Produces(MediaType.APPLICATION_JSON)
    public Response restart(@PathParam("id") long id) {
        long restarted = BatchRuntime.getJobOperator().restart(id, new Properties());
        return Response.accepted(new JobsResource.Started(restarted)).build();
    }

    /** Marks a FAILED or STOPPED execution as never to be restarted. */
    @POST
    @Path("/{id}/abandon")
    @Produces(MediaType.APPLICATION_JSON)
    public ExecutionView abandon(@PathParam("id") long id) {
        BatchRuntime.getJobOperator().abandon(id);
        return execution(id);
    }

    private static ExecutionView.StepView step(StepExecution step) {
        Map<String, Long> metrics = new LinkedHashMap<>();
        for (Metric metric : step.getMetrics()) {
            metrics.put(metricName(metric.getType()), metric.getValue());
        }
        return new ExecutionView.StepView(step.getStepName(), String.valueOf(step.getBatchStatus()),
                step.getExitStatus(), instant(step.getStartTime()), instant(step.getEndTime()), metrics);
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
