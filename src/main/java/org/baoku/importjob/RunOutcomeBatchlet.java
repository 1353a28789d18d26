package org.baoku.importjob;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.ImportOutcome;
import org.baoku.archive.ImportStatistics;

/**
 * Tells operators at a glance whether a run set files aside: the job's exit status becomes
 * {@code COMPLETED_WITH_REJECTS} when any file of the run was rejected, else {@code COMPLETED}.
 */
@Named
@Dependent
public class RunOutcomeBatchlet extends AbstractBatchlet {

    static final String COMPLETED = "COMPLETED";
    static final String COMPLETED_WITH_REJECTS = "COMPLETED_WITH_REJECTS";

    @Inject
    JobContext job;

    @Inject
    ImportStatistics statistics;

    @Override
    public String process() {
        long rejected = statistics.outcomesOf(job.getExecutionId()).getOrDefault(ImportOutcome.REJECTED, 0L);
        String outcome = rejected > 0 ? COMPLETED_WITH_REJECTS : COMPLETED;
        job.setExitStatus(outcome);
        return outcome;
    }
}
