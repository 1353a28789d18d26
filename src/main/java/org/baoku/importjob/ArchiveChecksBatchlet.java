package org.baoku.importjob;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
        int findings = checks.checkRun(job.getInstanceId()).size();
        LOG.info(() -> "archive-import " + job.getExecutionId() + ": " + findings + " archive-level findings");
        return "FINDINGS " + findings;
    }
}
