package org.baoku.api;

import java.util.regex.Pattern;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every error the API raises itself (400, 404, …) answers as JSON with a message, like all others. The
 * errors RESTEasy raises on its own (no such path, method or media type, a path parameter that is not a
 * number) carry its message codes and sometimes its annotations' class names: those are replaced by a
 * message in the client's terms.
 */
@Provider
public class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Pattern RESTEASY = Pattern.compile("^RESTEASY\\d+");

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        int code = e.getResponse().getStatus();
        Response.Status status = Response.Status.fromStatusCode(code);
        if (status == null) {
            status = code >= 500 ? Response.Status.INTERNAL_SERVER_ERROR : Response.Status.BAD_REQUEST;
        }
        String message = e.getMessage();
        if (message == null || RESTEASY.matcher(message).find()) {
            message = ownWords(status);
        }
        Response answer = ApiError.response(status, message);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? answer : Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
    }

    private String ownWords(Response.Status status) {
        String path = uri == null ? "this path" : "/" + shorter(uri.getPath().replaceFirst("^/", ""));
        return switch (status) {
            case NOT_FOUND -> "nothing at " + path + " (an id is a number; see the OpenAPI document at /openapi)";
            case METHOD_NOT_ALLOWED -> "this method is not allowed at " + path;
            case UNSUPPORTED_MEDIA_TYPE -> "this request takes a body of Content-Type: application/json";
            case NOT_ACCEPTABLE -> "this resource answers application/json (executions also text/plain)";
            default -> status.getStatusCode() + " " + status.getReasonPhrase();
        };
    }

    private static String shorter(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
