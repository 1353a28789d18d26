package org.baoku.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

/**
 * Writes the end of an import execution into the job repository when the batch runtime could not: a run
 * that failed because its database was away ends while the database is still away, and JBeret writes its
 * final status once, without retrying — the repository kept such executions STARTED without an end time
 * (while the API, reading JBeret's memory, said FAILED), and the next server start took them for runs its
 * death interrupted.
 *
 * <p>Every {@value #EVERY_SECONDS} s it compares the executions the repository says are running with what
 * the runtime of this server knows of them, and records the end of those the runtime has ended — so the
 * write is retried until the database answers again. On a cluster the other nodes' running executions are
 * left alone: this runtime reads them from the repository, where they are running too.
 */
@Singleton
@Startup
@DependsOn("InterruptedRunRecovery")
public class UnrecordedEnds {

    private static final Logger LOG = Logger.getLogger(UnrecordedEnds.class.getName());

    static final int EVERY_SECONDS = 2;
    /** The runtime sets the batch status before its listeners set the exit status: let them finish. */
    private static final long SETTLE_MILLIS = 5_000;
    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    @Resource(lookup = "java:jboss/datasources/BaokuJobRepositoryDS")
    DataSource jobRepository;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::recordEnds, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }

    void recordEnds() {
        try (Connection connection = jobRepository.getConnection()) {
            for (JobRepositoryRows.Running row : JobRepositoryRows.running(connection)) {
                JobExecution known = BatchRuntime.getJobOperator().getJobExecution(row.executionId());
                if (RUNNING.contains(known.getBatchStatus())) {
                    continue;
                }
                java.util.Date end = known.getEndTime() != null ? known.getEndTime() : known.getLastUpdatedTime();
                if (end == null || (known.getEndTime() == null
                        && System.currentTimeMillis() - end.getTime() < SETTLE_MILLIS)) {
                    continue;
                }
                JobRepositoryRows.end(connection, row.executionId(), known.getBatchStatus().name(), known.getExitStatus(),
                        new Timestamp(end.getTime()));
                LOG.info(() -> "archive-import execution " + row.executionId() + " ended " + known.getBatchStatus()
                        + " while its job repository was unreachable; its end is now recorded");
            }
        } catch (SQLException | RuntimeException e) {
            // the database is still away (or the repository has no tables yet): next time
            LOG.log(Level.FINE, "job repository not checked for unrecorded ends", e);
        }
    }
}
