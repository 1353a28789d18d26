package org.baoku.api;

import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.baoku.importjob.JobParameterRules;
import org.baoku.operations.CronExpression;
import org.baoku.operations.NightlyImportScheduler;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.baoku.operations.ScheduleState;

/** The nightly import schedule: read it, and change it without redeploying. */
@Path("/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    /** What {@code PUT /schedule} takes. */
    public record ScheduleChange(Boolean enabled, String expression, String inbox) {

        static final String WANTED = "give enabled (true or false), expression (five-field cron, e.g. \"0 2 * * *\") "
                + "and inbox";

        /**
         * Read by hand from JSON-P, not bound by JSON-B: JSON-B takes {@code "enabled": "yes"} for false, and
         * a schedule switched off by a typo is worse than a 400.
         */
        static ScheduleChange of(JsonValue body) {
            if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadRequestException("the schedule is a JSON object, not "
                        + (body == null ? "nothing" : MalformedJsonMapper.kind(body)) + ": " + WANTED);
            }
            JsonObject change = body.asJsonObject();
            for (String name : change.keySet()) {
                if (!List.of("enabled", "expression", "inbox").contains(name)) {
                    throw new BadRequestException("unknown property '" + (name.length() > 60 ? name.substring(0, 60) + "…" : name)
                            + "' of the schedule: " + WANTED);
                }
            }
            JsonValue enabled = change.getOrDefault("enabled", JsonValue.NULL);
            if (enabled != JsonValue.TRUE && enabled != JsonValue.FALSE) {
                throw new BadRequestException("'enabled' must be true or false, not " + MalformedJsonMapper.kind(enabled)
                        + ": " + WANTED);
            }
            return new ScheduleChange(enabled == JsonValue.TRUE, text(change, "expression", true), text(change, "inbox", false));
        }

        private static String text(JsonObject change, String name, boolean required) {
            JsonValue value = change.getOrDefault(name, JsonValue.NULL);
            if (value.getValueType() == JsonValue.ValueType.STRING) {
                return ((JsonString) value).getString();
            }
            if (value == JsonValue.NULL && !required) {
                return null;
            }
            throw new BadRequestException("'" + name + "' must be a string, not " + MalformedJsonMapper.kind(value) + ": " + WANTED);
        }
    }

    @Inject
    NightlyImportScheduler scheduler;

    @Inject
    PathPolicy paths;

    @GET
    public ScheduleState get() {
        return scheduler.state();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScheduleChange.class)))
    public ScheduleState put(String body) {
        ScheduleChange change = ScheduleChange.of(JsonBody.read(body, ScheduleChange.WANTED));
        if (change.inbox() != null && !change.inbox().isBlank()) {
            paths.check("inbox", change.inbox());
        }
        try {
            // checked here, before the EJB: an IllegalArgumentException inside it is a system exception, logged
            // as an ERROR with its stack trace for a client's typo (found by ApiFuzzIT)
            CronExpression.parse(change.expression());
            if (change.inbox() != null && !change.inbox().isBlank()) {
                JobParameterRules.check("archive-import", Map.of("inbox", change.inbox()));
            }
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        if (change.enabled() && (change.inbox() == null || change.inbox().isBlank())) {
            throw new BadRequestException("an enabled schedule needs an inbox");
        }
        try {
            return scheduler.change(change.enabled(), change.expression(), change.inbox());
        } catch (EJBException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new BadRequestException(cause.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
