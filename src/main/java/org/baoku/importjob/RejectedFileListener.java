package org.baoku.importjob;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.ImportRun;

/** A file the processor rejected: recorded as REJECTED, in the chunk's transaction, and quarantined. */
@Named
@Dependent
public class RejectedFileListener implements SkipProcessListener {

    @Inject
    @BatchProperty
    String inbox;

    @Inject
    @BatchProperty
    String quarantine;

    @Inject
    CurrentRun run;

    @Inject
    RejectedFiles rejectedFiles;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        RejectedFileException rejection = (RejectedFileException) e;
        rejectedFiles.reject(run.importRun(), rejection.file(),
                rejection.reason(), JobParameters.quarantine(inbox, quarantine));
    }
}
