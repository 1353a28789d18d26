package org.baoku.importjob;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.ArchiveCheckResult;
import org.baoku.archive.ArchiveChecks;

/** Step {@code check-archive}: issue-number gaps, missing pages and dangling continuations. */
@Named
@Dependent
public class ArchiveChecksBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ArchiveChecksBatchlet.class.getName());

    @Inject
    JobContext job;

    @Inject
    ArchiveChecks checks;

    @Override
    public String process() throws Exception {
        ArchiveCheckResult result = checks.checkRun(job.getInstanceId());
        // the figure the run report counts as archive-level findings of the run
        LOG.info(() -> "archive-import " + job.getExecutionId() + ": " + result.findingsOnIssuesOfRun()
                + " archive-level findings on the " + result.issuesOfRun() + " issues the run touched; issue-number gaps "
                + result.gapFindingsAdded() + " recorded, " + result.gapFindingsRemoved() + " closed or changed");
        return "FINDINGS " + result.findingsOnIssuesOfRun();
    }
}
