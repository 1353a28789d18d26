package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;

import org.baoku.operations.NightlyImportScheduler;
import org.baoku.operations.ScheduleState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schedule fires the import on a short expression, shows its next run, and can be switched off. */
@ExtendWith(ArquillianExtension.class)
class ScheduleIT {

    private static final Duration BOUND = Duration.ofMinutes(2);

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.builtWar()
                .addClasses(JobPolling.class, GeneratedPages.class);
    }

    @Inject
    NightlyImportScheduler scheduler;

    @AfterEach
    void switchOff() {
        scheduler.change(false, "0 2 * * *", null);
    }

    @Test
    void anEnabledScheduleStartsTheImportAndADisabledOneHasNoNextRun() throws Exception {
        Path inbox = GeneratedPages.frontPages(Files.createTempDirectory("scheduled"), "定时日报", LocalDate.of(2005, 5, 1), 2, 1);

        ScheduleState enabled = scheduler.change(true, "*/2 * * * * *", inbox.toString());
        assertNotNull(enabled.nextFire(), "an enabled schedule shows its next run");
        assertEquals("*/2 * * * * *", scheduler.state().expression());

        JobExecution scheduled = awaitExecutionOver(inbox);
        scheduler.change(false, "0 2 * * *", null);
        JobExecution done = JobPolling.awaitEnd(BatchRuntime.getJobOperator(), scheduled.getExecutionId(), BOUND);

        assertEquals(BatchStatus.COMPLETED, done.getBatchStatus());
        assertNull(scheduler.state().nextFire(), "a disabled schedule has no next run");
    }

    @Test
    void refusesAnExpressionThatIsNotCron() {
        EJBException refused = assertThrows(EJBException.class, () -> scheduler.change(true, "every night", "/tmp"));
        assertEquals(IllegalArgumentException.class, refused.getCause().getClass());
    }

    private static JobExecution awaitExecutionOver(Path inbox) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            Optional<JobExecution> found = executionsOver(operator, inbox);
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the schedule started no import over " + inbox + " within " + BOUND);
            }
            Thread.sleep(200);
        }
    }

    private static Optional<JobExecution> executionsOver(JobOperator operator, Path inbox) {
        try {
            int count = operator.getJobInstanceCount("archive-import");
            for (JobInstance instance : operator.getJobInstances("archive-import", 0, count)) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    if (inbox.toString().equals(execution.getJobParameters().getProperty("inbox"))) {
                        return Optional.of(execution);
                    }
                }
            }
        } catch (NoSuchJobException noneYet) {
            // no archive-import has run in this server yet
        }
        return Optional.empty();
    }
}
