package org.baoku.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.baoku.search.query.InvalidQueryException;

/** A search or list request the reader must correct: 400 with what is wrong. */
@Provider
public class InvalidQueryMapper implements ExceptionMapper<InvalidQueryException> {

    @Override
    public Response toResponse(InvalidQueryException e) {
        return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage());
    }
}
