package org.baoku.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

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
 * <p>One probe per second at most: a connection from the pool, checked as it is handed out.
 */
@Provider
@UsesJobRepository
@Priority(Priorities.USER)
@ApplicationScoped
public class DatabaseOutageGate implements ContainerRequestFilter {

    private static final long PROBE_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    @Resource(lookup = "java:jboss/datasources/BaokuArchiveDS")
    DataSource archive;

    private volatile long probedAt = System.nanoTime() - PROBE_INTERVAL_NANOS;
    private volatile boolean reachable = true;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!reachable()) {
            request.abortWith(OutageMapper.unavailable());
        }
    }

    private boolean reachable() {
        long now = System.nanoTime();
        if (now - probedAt < PROBE_INTERVAL_NANOS) {
            return reachable;
        }
        boolean answer;
        try (Connection connection = archive.getConnection()) {
            answer = connection.isValid(2);
        } catch (SQLException e) {
            answer = !DatabaseOutage.isOutage(e); // any other failure is for the request itself to meet
        }
        reachable = answer;
        probedAt = now;
        return answer;
    }
}
