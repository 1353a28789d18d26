package org.baoku.importjob;

import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.UserTransaction;

import org.baoku.archive.ArchiveCheckResult;
import org.baoku.archive.ArchiveChecks;
import org.baoku.search.ArticleIndexer;

/**
 * Step {@code check-archive}: front-page labels put in their issues' scheme, then issue-number gaps, missing
 * pages, missing articles and dangling continuations.
 */
@Named
@Dependent
public class ArchiveChecksBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ArchiveChecksBatchlet.class.getName());

    @Inject
    JobContext job;

    @Inject
    ArchiveChecks checks;

    @Inject
    ArticleIndexer indexer;

    @Resource
    UserTransaction transaction;

    @Override
    public String process() throws Exception {
        ArchiveCheckResult result = checks.checkRun(job.getInstanceId());
        if (!result.relabelledPages().isEmpty()) {
            // the index step ran before the checks: the relabelled front pages' articles are indexed again
            transaction.begin();
            try {
                indexer.indexPages(result.relabelledPages());
                transaction.commit();
            } catch (Exception | Error e) {
                transaction.rollback();
                throw e;
            }
            indexer.commit();
            LOG.info(() -> "archive-import " + job.getExecutionId() + ": " + result.relabelledPages().size()
                    + " front pages took the labels of their issues' other pages");
        }
        // the figure the run report counts as archive-level findings of the run
        LOG.info(() -> "archive-import " + job.getExecutionId() + ": " + result.findingsOnIssuesOfRun()
                + " archive-level findings on the " + result.issuesOfRun() + " issues the run touched; issue-number gaps "
                + result.gapFindingsAdded() + " recorded, " + result.gapFindingsRemoved() + " closed or changed");
        return "FINDINGS " + result.findingsOnIssuesOfRun();
    }
}
