package org.baoku.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/** At start-up, keeps the H2 job repository's execution ids consecutive across crashes ({@link JobRepositoryIds}). */
@Singleton
@Startup
public class ConsecutiveExecutionIds {

    private static final Logger LOG = Logger.getLogger(ConsecutiveExecutionIds.class.getName());

    @Resource(lookup = "java:jboss/datasources/BaokuJobRepositoryDS")
    DataSource jobRepository;

    @PostConstruct
    void uncacheIds() {
        BatchRuntime.getJobOperator().getJobNames(); // JBeret makes its tables on first use
        try (Connection connection = jobRepository.getConnection()) {
            int changed = JobRepositoryIds.uncache(connection);
            LOG.fine(() -> changed + " job repository identity column(s) without a cache");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not turn the H2 job repository's id cache off; execution ids may jump after a "
                    + "crash", e);
        }
    }
}
