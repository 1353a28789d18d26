package org.baoku.api;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.baoku.operations.NightlyImportScheduler;
import org.baoku.operations.ScheduleState;

/** The nightly import schedule: read it, and change it without redeploying. */
@Path("/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    /** What {@code PUT /schedule} takes. */
    public record ScheduleChange(Boolean enabled, String expression, String inbox) {
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
    public ScheduleState put(ScheduleChange change) {
        if (change == null || change.enabled() == null || change.expression() == null) {
            throw new BadRequestException("give enabled, expression (five-field cron, e.g. \"0 2 * * *\") and inbox");
        }
        if (change.inbox() != null && !change.inbox().isBlank()) {
            paths.check("inbox", change.inbox());
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
