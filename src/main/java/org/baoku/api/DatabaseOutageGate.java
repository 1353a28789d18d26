package org.baoku.api;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import javax.sql.DataSource;

import org.baoku.outage.DatabaseOutage;

/**
 * Answers 503 at once while the database is away, before a request reaches the job repository: that
 * datasource waits up to 110 s for a connection (allocation-retry, so the batch runtime's own writes outlive a
 * database restart), and a client would hang as long. The archive's datasource, which does not wait, is asked
 * instead — both databases live on the same server in every deployment this project describes; one whose job
 * repository alone is away still gets its 503, from {@link BatchExceptionMapper}, after the wait.
 *
 * <p>Every request is probed: a connection from the pool, checked as it is handed out (one round trip). A probe
 * result kept for a second let requests through in the second after the database went away, into the wait
 * (seen in DatabaseOutageIT: a request timed out after 30 s).
 */
@Provider
@UsesJobRepository
@Priority(Priorities.USER)
@ApplicationScoped
public class DatabaseOutageGate implements ContainerRequestFilter {

    @Resource(lookup = "java:jboss/datasources/BaokuArchiveDS")
    DataSource archive;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!reachable()) {
            request.abortWith(OutageMapper.unavailable());
        }
    }

    private boolean reachable() {
        try (Connection connection = archive.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return !DatabaseOutage.isOutage(e); // any other failure is for the request itself to meet
        }
    }
}
