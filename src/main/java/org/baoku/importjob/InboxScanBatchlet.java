package org.baoku.importjob;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.Manifest;
import org.baoku.archive.ManifestEntry;
import org.baoku.archive.TableStatistics;
import org.baoku.delivery.InboxScanner;
import org.baoku.delivery.ScanRules;

/**
 * Step {@code scan-inbox}: lists the files this run takes and records them as the run's manifest, then brings
 * the database's statistics of the manifest up to date (PostgreSQL) before the import reads it. Re-run after
 * an interrupted scan, it starts the manifest over.
 */
@Named
@Dependent
public class InboxScanBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(InboxScanBatchlet.class.getName());
    private static final int BATCH = 1000;

    @Inject
    @BatchProperty
    String inbox;

    @Inject
    @BatchProperty
    String include;

    @Inject
    @BatchProperty
    String exclude;

    @Inject
    @BatchProperty
    String settleSeconds;

    @Inject
    JobContext job;

    @Inject
    Manifest manifest;

    @Inject
    TableStatistics statistics;

    @Override
    public String process() throws Exception {
        Path root = JobParameters.inbox(inbox);
        long instance = job.getInstanceId();
        manifest.clear(instance);
        ScanRules rules = ScanRules.of(include, exclude, JobParameters.number(settleSeconds, "settleSeconds", 60));
        List<ManifestEntry> batch = new ArrayList<>(BATCH);
        long[] position = {0};
        new InboxScanner(rules, Clock.systemUTC()).scan(root, file -> {
            batch.add(new ManifestEntry(instance, ++position[0], file.path().toString(), file.sizeBytes(),
                    file.modified(), file.sha256()));
            if (batch.size() == BATCH) {
                manifest.append(batch);
                batch.clear();
            }
        });
        manifest.append(batch);
        try {
            statistics.refreshManifest();
        } catch (RuntimeException e) {
            LOG.warning("could not analyse the manifest (the import may read it slowly): " + e);
        }
        LOG.info(() -> "archive-import " + job.getExecutionId() + ": " + position[0] + " files of " + root
                + " in the manifest");
        return "SCANNED " + position[0];
    }
}
