package org.baoku.api;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.baoku.importjob.InvalidJobParametersException;
import org.baoku.importjob.JobParameterRules;

/**
 * Starts jobs. Only the jobs this application ships can be started, never arbitrary Job XML, and only with
 * parameters {@link JobParameterRules} accepts: a typo or a value out of range is a 400 here, not a
 * failed run in the history.
 */
@Path("/jobs")
@UsesJobRepository
@RequestScoped
public class JobsResource {

    static final Set<String> JOBS = Set.copyOf(JobParameterRules.jobs());

    @Inject
    PathPolicy paths;

    /** Started execution, as answered by {@code POST /jobs/{name}}. */
    public record Started(long executionId) {
    }

    /** The jobs this application can run. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Set<String> jobs() {
        return JOBS;
    }

    /** The parameters a job takes: name, kind, range, default and meaning. */
    @GET
    @Path("/{job}/parameters")
    @Produces(MediaType.APPLICATION_JSON)
    public Response parameters(@PathParam("job") String job) {
        return JobParameterRules.of(job)
                .map(parameters -> Response.ok(parameters).build())
                .orElseGet(() -> unknownJob(job));
    }

    @POST
    @Path("/{job}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("job") String job, String body) {
        if (!JOBS.contains(job)) {
            return unknownJob(job);
        }
        Map<String, String> parameters = JobParametersBody.parse(body);
        try {
            JobParameterRules.check(job, parameters);
        } catch (InvalidJobParametersException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
        paths.checkJobParameters(parameters);
        Properties properties = new Properties();
        properties.putAll(parameters);
        long executionId = BatchRuntime.getJobOperator().start(job, properties);
        return Response.accepted(new Started(executionId)).build();
    }

    private static Response unknownJob(String job) {
        String shown = job.length() > 60 ? job.substring(0, 60) + "…" : job;
        return ApiError.response(Response.Status.NOT_FOUND, "no job named '" + shown + "'; known jobs: "
                + JobParameterRules.jobs());
    }
}
