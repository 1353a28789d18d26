package org.baoku.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every error the API raises itself (400, 404, …) answers as JSON with a message, like all others. */
@Provider
public class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        return ApiError.response(status == null ? Response.Status.INTERNAL_SERVER_ERROR : status,
                e.getMessage() == null ? String.valueOf(status) : e.getMessage());
    }
}
