package org.baoku.operations;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.baoku.importjob.JobParameterRules;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts {@code archive-import} on the operators' schedule. Uses the server's persistent EJB calendar
 * timers: they survive restarts without another dependency (jberet-schedule-timer exists only for
 * javax, and the JBeret executor scheduler keeps no schedule across restarts). The expression and
 * inbox live in the database, so operators change them through the API without redeploying. A run is
 * never started while another archive-import runs: that firing is skipped and logged. On a cluster the timer is
 * kept in the shared database (the cluster profile's timer store), so it fires on one node, also when the node
 * that created it is down; {@link ScheduleFirings} makes sure of one start per firing.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class NightlyImportScheduler {

    private static final Logger LOG = Logger.getLogger(NightlyImportScheduler.class.getName());
    static final String JOB = "archive-import";

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Inject
    ScheduleFirings firings;

    @Inject
    @ConfigProperty(name = "baoku.schedule.expression", defaultValue = "0 2 * * *")
    String defaultExpression;

    @Inject
    @ConfigProperty(name = "baoku.schedule.inbox")
    Optional<String> defaultInbox;

    @Inject
    @ConfigProperty(name = "baoku.schedule.enabled", defaultValue = "false")
    boolean defaultEnabled;

    @PostConstruct
    void restoreSchedule() {
        apply(schedule());
    }

    public ScheduleState state() {
        ImportSchedule schedule = schedule();
        Timer timer = currentTimer();
        return new ScheduleState(schedule.isEnabled(), schedule.getExpression(), schedule.getInbox(),
                timer == null ? null : timer.getNextTimeout().toInstant(), schedule.getUpdatedAt());
    }

    public ScheduleState change(boolean enabled, String expression, String inbox) {
        if (enabled && (inbox == null || inbox.isBlank())) {
            throw new IllegalArgumentException("an enabled schedule needs an inbox");
        }
        if (inbox != null && !inbox.isBlank()) {
            // the parameters of every firing, checked now rather than at 02:00
            JobParameterRules.check(JOB, Map.of("inbox", inbox));
        }
        ImportSchedule schedule = schedule();
        schedule.change(enabled, expression, inbox);
        apply(schedule);
        LOG.info(() -> "import schedule " + (enabled ? "enabled: '" + expression + "' over " + inbox : "disabled"));
        return state();
    }

    // no transaction: the job runs on its own threads, and must not inherit this (soon committed) one
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Timeout
    void fire(Timer timer) {
        ImportSchedule schedule = schedule();
        if (!firings.take(timer.getNextTimeout().toInstant())) {
            LOG.info("scheduled archive-import left to the node that took this firing");
            return;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            if (!operator.getRunningExecutions(JOB).isEmpty()) {
                LOG.warning(() -> "scheduled archive-import skipped: executions " + operator.getRunningExecutions(JOB)
                        + " are still running");
                return;
            }
        } catch (NoSuchJobException neverRun) {
            // no execution of the job exists yet, so none is running
        }
        Properties parameters = new Properties();
        parameters.setProperty("inbox", schedule.getInbox());
        try {
            JobParameterRules.check(JOB, Map.of("inbox", schedule.getInbox()));
        } catch (IllegalArgumentException e) {
            // a schedule stored before the rules (or changed in the database by hand): no failed run for it
            LOG.warning(() -> "scheduled archive-import not started: " + e.getMessage());
            return;
        }
        long execution = operator.start(JOB, parameters);
        LOG.info(() -> "scheduled archive-import started: execution " + execution + " over " + schedule.getInbox());
    }

    private ImportSchedule schedule() {
        ImportSchedule schedule = em.find(ImportSchedule.class, ImportSchedule.THE_SCHEDULE);
        if (schedule == null) {
            String inbox = defaultInbox.orElse(null);
            schedule = new ImportSchedule(defaultEnabled && inbox != null, defaultExpression, inbox);
            em.persist(schedule);
        }
        return schedule;
    }

    /** Keeps exactly one timer for an enabled schedule, and leaves an unchanged timer alone so it catches up. */
    private void apply(ImportSchedule schedule) {
        Timer current = currentTimer();
        String wanted = schedule.isEnabled() ? schedule.getExpression() : null;
        if (current != null && wanted != null && wanted.equals(current.getInfo())) {
            return;
        }
        timers.getTimers().forEach(Timer::cancel);
        if (wanted != null) {
            CronExpression cron = CronExpression.parse(wanted);
            ScheduleExpression calendar = new ScheduleExpression().second(cron.second()).minute(cron.minute()).hour(cron.hour())
                    .dayOfMonth(cron.dayOfMonth()).month(cron.month()).dayOfWeek(cron.dayOfWeek());
            timers.createCalendarTimer(calendar, new TimerConfig(wanted, true));
        }
    }

    private Timer currentTimer() {
        return timers.getTimers().stream().findFirst().orElse(null);
    }
}
