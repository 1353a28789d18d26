package org.baoku.operations;

import java.util.Properties;
import java.util.logging.Logger;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@code purge-history} every day at 03:30 server time, forgetting runs older than
 * {@code baoku.retention.days} (default 90). A missed day is simply done the next day.
 */
@Singleton
public class HistoryRetention {

    private static final Logger LOG = Logger.getLogger(HistoryRetention.class.getName());

    @Inject
    @ConfigProperty(name = "baoku.retention.days", defaultValue = "90")
    int days;

    // no transaction: the job runs on its own threads, and must not inherit this (soon committed) one
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "3", minute = "30", persistent = false, info = "purge-history")
    void purgeDaily() {
        Properties parameters = new Properties();
        parameters.setProperty("days", Integer.toString(days));
        long execution = BatchRuntime.getJobOperator().start("purge-history", parameters);
        LOG.info(() -> "purge-history started: execution " + execution + ", retention " + days + " days");
    }
}
