package org.baoku.importjob;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Gives a failed import a clear exit status: a rejected file only fails the step once the reject
 * limit (the step's skip limit) is exceeded, which means the delivery is wrong as a whole.
 */
@Named
@Dependent
public class ImportStepListener extends AbstractStepListener {

    static final String TOO_MANY_REJECTS = "FAILED_TOO_MANY_REJECTS";

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure instanceof RejectedFileException) {
            step.setExitStatus(TOO_MANY_REJECTS);
            job.setExitStatus(fit(TOO_MANY_REJECTS + ": more files rejected than the job parameter 'rejectLimit' "
                    + "allows; last: " + failure.getMessage()));
        } else if (failure != null) {
            job.setExitStatus(fit("FAILED: " + failure));
        }
    }

    /** The job repository keeps at most 512 characters of an exit status. */
    private static String fit(String exitStatus) {
        return exitStatus.length() <= 500 ? exitStatus : exitStatus.substring(0, 499) + "…";
    }
}
