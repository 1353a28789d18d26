package org.baoku.importjob;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.SharedRuns;
import org.baoku.cluster.ClusterSettings;

/**
 * Records, before anything else runs, which node runs this execution and for which run: the API shows it, a
 * stop asked for on another node reaches it, and a node's start-up recovery fails only its own executions.
 */
@Named
@Dependent
public class RunParticipationListener extends AbstractJobListener {

    @Inject
    CurrentRun run;

    @Inject
    SharedRuns sharedRuns;

    @Inject
    ClusterSettings cluster;

    @Override
    public void beforeJob() {
        sharedRuns.recordShare(run.execution(), run.instance(), cluster.node());
    }
}
