package org.baoku.importjob;

import java.time.Duration;
import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.ImportRanges;
import org.baoku.archive.SharedRuns;
import org.baoku.cluster.ClusterSettings;
import org.baoku.cluster.HeldRanges;
import org.baoku.cluster.RangeClaims;
import org.baoku.outage.DatabaseOutage;

/**
 * Waits until every range of the run is finished, wherever it is being read: this node's partitions have no
 * range left to claim, but other nodes may still read theirs, or a dead node's ranges may wait for their lease
 * to run out and another node to take them. The archive checks and the report then run once, here. A single
 * server never waits here: its partitions finish every range before the step ends.
 */
@Named
@Dependent
public class AwaitRangesBatchlet extends AbstractBatchlet {

    static final String UNFINISHED = "FAILED_RANGES_UNFINISHED";
    private static final Logger LOG = Logger.getLogger(AwaitRangesBatchlet.class.getName());
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);

    @Inject
    CurrentRun run;

    @Inject
    ImportRanges ranges;

    @Inject
    SharedRuns sharedRuns;

    @Inject
    HeldRanges held;

    @Inject
    ClusterSettings cluster;

    @Inject
    RangeClaims claims;

    /** How long a lost database is waited out here, as in the import step. */
    @Inject
    @BatchProperty
    String outageLimitSeconds;

    private volatile boolean stopped;

    @Override
    public String process() throws Exception {
        long instance = run.instance();
        sharedRuns.enter(instance, SharedRuns.Phase.AWAITING);
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        long outageSince = 0;
        while (!stopped) {
            try {
                if (awaited(instance)) {
                    return "COMPLETED";
                }
                outageSince = 0;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isOutage(e)) {
                    throw e;
                }
                outageSince = outageSince == 0 ? System.nanoTime() : outageSince;
                if (System.nanoTime() - outageSince > Duration.ofSeconds(
                        JobParameters.number(outageLimitSeconds, "outageLimitSeconds", 120)).toNanos()) {
                    throw e;
                }
            }
            if (System.nanoTime() > nextProgress) {
                LOG.info(() -> "archive-import " + run.execution() + ": waiting for ranges on other nodes");
                nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(POLL.toMillis());
        }
        return "STOPPED";
    }

    /** Whether every range is finished; fails the step when, on a single server, some never will be. */
    private boolean awaited(long instance) {
        claims.settleLetGo(); // what this node's readers could not give back while the database was away
        long unfinished = ranges.unfinished(instance);
        if (unfinished == 0) {
            sharedRuns.enter(instance, SharedRuns.Phase.DONE);
            return true;
        }
        if (!cluster.enabled() && held.executionsReading(instance).isEmpty() && ranges.claimable(instance) == unfinished) {
            // no other node will take them; a restart reads their unrecorded files again
            throw new IllegalStateException(UNFINISHED + ": " + unfinished + " range(s) of the manifest were left "
                    + "unfinished and no node holds them; restart the execution to import their remaining files");
        }
        return false;
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
