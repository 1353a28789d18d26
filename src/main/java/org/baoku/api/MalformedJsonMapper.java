package org.baoku.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body the JSON-B reader could not take: malformed JSON, an array where an object belongs, a
 * word where a boolean belongs. RESTEasy hands these over as a {@link ProcessingException} around the
 * JSON-B or JSON-P exception and would answer 500 with their text; they are the client's mistake, so
 * 400, in the client's terms: where the JSON breaks, or which property has the wrong type. Never the
 * reader's own message, which names internal classes.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

    /** Yasson names the property it could not bind as "… property 'name' …" or "… property name …". */
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z_][A-Za-z0-9_]{0,60})'?");

    @Override
    public Response toResponse(ProcessingException e) {
        return answer(e);
    }

    /** The answer to a reader error of JSON-B or JSON-P, whichever the reader threw. */
    static Response answer(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException refusal) {
                // e.g. the body-size limit, thrown from inside the reader
                return new WebExceptionMapper().toResponse(refusal);
            }
            if (cause instanceof JsonParsingException parsing) {
                return ApiError.response(Response.Status.BAD_REQUEST,
                        "the body is not well-formed JSON" + where(parsing.getLocation()) + ", or not the JSON value "
                                + "this request takes");
            }
        }
        String property = property(e);
        return ApiError.response(Response.Status.BAD_REQUEST, property == null
                ? "the body is not the JSON this request takes: see the API's OpenAPI document at /openapi"
                : "the body's '" + property + "' is missing or of the wrong type for this request");
    }

    private static String property(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                Matcher matcher = PROPERTY.matcher(cause.getMessage());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }

    static String where(JsonLocation location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    /** "an array", "a string", … : what a client sent, in JSON's words. */
    static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }
}
