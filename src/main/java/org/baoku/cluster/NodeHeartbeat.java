package org.baoku.cluster;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.baoku.archive.ImportRanges;
import org.baoku.archive.ImportRanges.Range;
import org.baoku.archive.SharedRuns;
import org.baoku.archive.SharedRuns.SharedRun;

/**
 * This node's beat, every few seconds (a non-persistent timer: each node has its own):
 * <ul>
 * <li>renews the leases of the ranges its readers hold, and finishes those read through whose files are all
 *     recorded;</li>
 * <li>stops its executions of a run an operator stopped on any node;</li>
 * <li>on a cluster, starts this node's share ({@code archive-import-share}) of a run that has ranges nobody
 *     holds and no reader here: a run begun on another node, or a dead node's ranges.</li>
 * </ul>
 * At start-up it gives back whatever ranges this node held before it went down.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class NodeHeartbeat {

    static final String SHARE_JOB = "archive-import-share";
    /** The coordinator's parameters a share runs with; its partitions are the node's own. */
    static final List<String> SHARED_PARAMETERS = List.of("inbox", "quarantine", "publication", "maxFileBytes",
            "chunkSize", "rejectLimit", "retryLimit", "outageLimitSeconds");
    private static final Logger LOG = Logger.getLogger(NodeHeartbeat.class.getName());
    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED);

    @Resource
    TimerService timers;

    @Inject
    ClusterSettings settings;

    @Inject
    HeldRanges held;

    @Inject
    ImportRanges ranges;

    @Inject
    SharedRuns sharedRuns;

    @Inject
    RangeClaims claims;

    /** The share this node last started per run: not started again while it is starting or running. */
    private final Map<Long, Long> startedShares = new ConcurrentHashMap<>();
    private boolean failing;

    @PostConstruct
    void start() {
        try {
            int released = ranges.releaseAllOf(settings.node());
            if (released > 0) {
                LOG.info(() -> "node " + settings.node() + " gave back " + released + " range(s) it held before it stopped");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ranges held before the restart not given back (their leases run out instead)", e);
        }
        long every = settings.heartbeat().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("heartbeat of " + settings.node(), false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void beat() {
        try {
            renewAndFinish();
            for (SharedRun run : sharedRuns.open()) {
                if (run.stopRequested()) {
                    stopHere(run);
                } else if (settings.enabled()) {
                    shareIfWanted(run);
                }
            }
            if (failing) {
                LOG.info("heartbeat reaches the archive database again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // the database is away: the leases run out unless it comes back in time, which is what leases are for
            if (!failing) {
                LOG.log(Level.WARNING, "heartbeat failed (renewing again every " + settings.heartbeat().toSeconds() + " s)", e);
                failing = true;
            }
        }
    }

    private void renewAndFinish() {
        claims.settleLetGo();
        for (Map.Entry<Range, HeldRanges.State> entry : held.all().entrySet()) {
            Range range = entry.getKey();
            if (entry.getValue() == HeldRanges.State.READ && ranges.finishIfComplete(range.run(), range.number())) {
                held.drop(range);
            } else if (ranges.renew(range.run(), range.number(), settings.node(), settings.lease()) == 0) {
                LOG.warning(() -> "range " + range.number() + " of run " + range.run() + " was taken by another node "
                        + "(this node's lease ran out)");
            }
        }
    }

    private void stopHere(SharedRun run) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Set<Long> here = new java.util.HashSet<>(held.executionsReading(run.run()));
        if (settings.node().equals(run.coordinatorNode())) {
            here.add(run.coordinatorExecution());
        }
        for (long execution : here) {
            try {
                if (RUNNING.contains(operator.getJobExecution(execution).getBatchStatus())) {
                    operator.stop(execution);
                    LOG.info(() -> "execution " + execution + " of run " + run.run() + " stopped: asked on another node");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "execution " + execution + " not stopped", e);
            }
        }
    }

    private void shareIfWanted(SharedRun run) {
        boolean coordinatorHere = settings.node().equals(run.coordinatorNode());
        if (coordinatorHere && run.phase() != SharedRuns.Phase.AWAITING) {
            return; // its own import step's partitions are claiming
        }
        if (run.phase() == SharedRuns.Phase.DONE || !held.executionsReading(run.run()).isEmpty()
                || ranges.claimable(run.run()) == 0) {
            return;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        if (!RUNNING.contains(operator.getJobExecution(run.coordinatorExecution()).getBatchStatus())) {
            return; // a failed or stopped run waits for an operator's restart
        }
        Long earlier = startedShares.get(run.run());
        if (earlier != null && RUNNING.contains(operator.getJobExecution(earlier).getBatchStatus())) {
            return; // started, its readers not open yet
        }
        Properties coordinator = operator.getParameters(run.coordinatorExecution());
        Properties parameters = new Properties();
        for (String name : SHARED_PARAMETERS) {
            String value = coordinator.getProperty(name);
            if (value != null) {
                parameters.setProperty(name, value);
            }
        }
        parameters.setProperty("run", Long.toString(run.run()));
        long execution = operator.start(SHARE_JOB, parameters);
        startedShares.put(run.run(), execution);
        LOG.info(() -> "node " + settings.node() + " takes a share of run " + run.run() + " (coordinated by execution "
                + run.coordinatorExecution() + " on " + run.coordinatorNode() + "): execution " + execution);
    }
}
