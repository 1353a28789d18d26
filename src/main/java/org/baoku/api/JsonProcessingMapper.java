package org.baoku.api;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-P's readers (a body read as a JSON value, like the schedule's) throw their own exceptions, not
 * JSON-B's: the same 400 as {@link MalformedJsonMapper} gives.
 */
@Provider
public class JsonProcessingMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException e) {
        return MalformedJsonMapper.answer(e);
    }
}
