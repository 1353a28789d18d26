package org.baoku.importjob;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step {@code check-parameters}, the first of every job: the REST API and the schedule check parameters
 * before they start a job, but HAL and jboss-cli start jobs directly. A start with a wrong parameter ends
 * here, before the job reads or writes anything, with the exit status {@code INVALID_PARAMETERS: …}
 * naming each wrong parameter and why (the Job XML fails the job on it; no stack trace for a typo).
 */
@Named
@Dependent
public class JobParametersCheckBatchlet extends AbstractBatchlet {

    static final String INVALID = "INVALID_PARAMETERS";

    private static final String JBERET = "jberet.";

    private static final Logger LOG = Logger.getLogger(JobParametersCheckBatchlet.class.getName());

    /** The job repository keeps exit statuses in a VARCHAR(512). */
    private static final int LONGEST_EXIT_STATUS = 500;

    @Inject
    JobContext job;

    @Override
    public String process() {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        Map<String, String> given = new LinkedHashMap<>();
        if (parameters != null) {
            // JBeret adds its own to a restart's parameters (jberet.jobXmlName): not the operator's to check
            parameters.stringPropertyNames().stream().filter(name -> !name.startsWith(JBERET)).sorted()
                    .forEach(name -> given.put(name, parameters.getProperty(name)));
        }
        try {
            JobParameterRules.check(job.getJobName(), given);
            return "CHECKED";
        } catch (InvalidJobParametersException e) {
            String exit = INVALID + ": " + e.getMessage();
            String shown = exit.length() > LONGEST_EXIT_STATUS ? exit.substring(0, LONGEST_EXIT_STATUS - 1) + "…" : exit;
            LOG.warning(() -> job.getJobName() + " " + job.getExecutionId() + " not run: " + e.getMessage());
            // the <fail> transition ends the job but keeps the job's exit status only when it is set here
            job.setExitStatus(shown);
            return shown;
        }
    }
}
