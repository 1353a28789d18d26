package org.baoku.importjob;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.RunHistory;
import org.baoku.operations.JobRepositoryPurge;

/** Step {@code purge-old-runs} of {@code purge-history}: forgets runs older than the retention period. */
@Named
@Dependent
public class HistoryPurgeBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(HistoryPurgeBatchlet.class.getName());

    @Inject
    @BatchProperty
    String days;

    @Inject
    @BatchProperty
    String reports;

    @Inject
    JobRepositoryPurge jobRepository;

    @Inject
    RunHistory history;

    @Override
    public String process() throws Exception {
        long retentionDays = JobParameters.number(days, "days", 90);
        if (retentionDays < 1) {
            throw new IllegalArgumentException("job parameter 'days' must be at least 1, not " + retentionDays);
        }
        Instant cutoff = Instant.now().minus(Duration.ofDays(retentionDays));
        List<Long> instances = jobRepository.purgeEndedBefore(cutoff);
        int manifests = history.purgeManifestsOf(instances);
        int stored = history.purgeReportsBefore(cutoff);
        int files = deleteReportFilesBefore(cutoff);
        String summary = "PURGED " + instances.size() + " runs, " + manifests + " manifest entries, " + stored
                + " stored reports, " + files + " report files older than " + retentionDays + " days";
        LOG.info(summary);
        return summary;
    }

    private int deleteReportFilesBefore(Instant cutoff) throws IOException {
        Path directory = RunReportBatchlet.reportsDirectory(reports);
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().startsWith("archive-import-")
                        && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.delete(file);
                    deleted++;
                }
            }
        }
        return deleted;
    }
}
