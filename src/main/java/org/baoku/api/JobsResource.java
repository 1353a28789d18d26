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

/** Starts jobs. Only the jobs this application ships can be started, never arbitrary Job XML. */
@Path("/jobs")
@RequestScoped
public class JobsResource {

    static final Set<String> JOBS = Set.of("archive-import", "purge-history", "reindex-archive");

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

    @POST
    @Path("/{job}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("job") String job, Map<String, String> parameters) {
        if (!JOBS.contains(job)) {
            return ApiError.response(Response.Status.NOT_FOUND, "no job named '" + job + "'; known jobs: " + JOBS);
        }
        Properties properties = new Properties();
        if (parameters != null) {
            parameters.forEach((key, value) -> {
                if (value != null) {
                    properties.setProperty(key, value);
                }
            });
        }
        if ("archive-import".equals(job) && properties.getProperty("inbox", "").isBlank()) {
            return ApiError.response(Response.Status.BAD_REQUEST, "job parameter 'inbox' is required");
        }
        paths.checkJobParameters(parameters == null ? Map.of() : parameters);
        long executionId = BatchRuntime.getJobOperator().start(job, properties);
        return Response.accepted(new Started(executionId)).build();
    }
}
