package org.baoku.importjob;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.baoku.archive.ImportRun;

/**
 * The run an import execution works for: its own job instance, or, for a node's share of a run started on
 * another node ({@code archive-import-share}), the job instance named by that job's {@code run} property.
 * Manifest, ranges and import records all belong to the run.
 */
@Dependent
public class CurrentRun {

    @Inject
    JobContext job;

    public long instance() {
        String run = job.getProperties().getProperty("run");
        return run == null || run.isBlank() ? job.getInstanceId() : Long.parseLong(run.trim());
    }

    public long execution() {
        return job.getExecutionId();
    }

    public ImportRun importRun() {
        return new ImportRun(instance(), execution());
    }
}
