package org.baoku.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.baoku.outage.DatabaseOutage;

/**
 * A request that met a lost database answers 503 with {@code Retry-After} and says so, instead of a 500
 * that looks like a bug (archive queries: JPA / Hibernate exceptions; the job repository's: see
 * {@link BatchExceptionMapper}). Other persistence failures stay 500, as JSON, and are logged.
 */
@Provider
public class OutageMapper implements ExceptionMapper<PersistenceException> {

    private static final Logger LOG = Logger.getLogger(OutageMapper.class.getName());

    /** Seconds a client should wait: the pools check every connection, so the first request after it is back succeeds. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public Response toResponse(PersistenceException e) {
        Response outage = ifOutage(e);
        if (outage != null) {
            return outage;
        }
        LOG.log(Level.SEVERE, "request failed in the archive database", e);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "the archive database failed: " + e.getMessage());
    }

    /** @return the 503 answer when the failure is a lost database, else null */
    static Response ifOutage(Throwable e) {
        if (!DatabaseOutage.isOutage(e)) {
            return null;
        }
        LOG.fine(() -> "database unreachable: " + e);
        return unavailable();
    }

    /** The answer while the database cannot be reached. */
    static Response unavailable() {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(new ApiError(503, "the database cannot be reached (restarting, or down); imports wait for it "
                        + "up to their outageLimitSeconds; try again in a few seconds"))
                .build();
    }
}
