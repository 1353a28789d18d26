package org.baoku.api;

import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns the batch runtime's refusals into JSON errors with the status code that fits. */
@Provider
public class BatchExceptionMapper implements ExceptionMapper<BatchRuntimeException> {

    @Override
    public Response toResponse(BatchRuntimeException e) {
        Response outage = OutageMapper.ifOutage(e); // the job repository is unreachable: 503, not a refusal
        if (outage != null) {
            return outage;
        }
        Response.Status status;
        if (e instanceof NoSuchJobExecutionException || e instanceof NoSuchJobException) {
            status = Response.Status.NOT_FOUND;
        } else if (e instanceof JobSecurityException) {
            status = Response.Status.FORBIDDEN;
        } else if (e instanceof JobStartException) {
            status = Response.Status.BAD_REQUEST;
        } else {
            status = Response.Status.CONFLICT;
        }
        return ApiError.response(status, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
