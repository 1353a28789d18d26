package org.baoku.importjob;

import java.util.Properties;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.Manifest;

/**
 * Splits the manifest into contiguous position ranges, one per partition, cut where a new directory
 * starts: an issue's pages are filed together, and an inner page finds its issue through the front page
 * beside it. The split depends only on the manifest and the partition count, so a restart sees the
 * same partitions and redoes only the unfinished ones.
 */
@Named
@Dependent
public class ManifestPartitionMapper implements PartitionMapper {

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    JobContext job;

    @Inject
    Manifest manifest;

    @Override
    public PartitionPlan mapPartitions() {
        long size = manifest.size(job.getInstanceId());
        int requested = (int) JobParameters.number(partitions, "partitions", Runtime.getRuntime().availableProcessors());
        int count = (int) Math.max(1, Math.min(Math.max(1, requested), size));
        long instance = job.getInstanceId();
        long[] starts = new long[count + 1];
        starts[0] = 1;
        starts[count] = size + 1;
        for (int i = 1; i < count; i++) {
            long even = size * i / count + 1;
            starts[i] = Math.min(size + 1, Math.max(starts[i - 1], manifest.directoryStartAtOrAfter(instance, even)));
        }
        Properties[] ranges = new Properties[count];
        for (int i = 0; i < count; i++) {
            ranges[i] = new Properties();
            ranges[i].setProperty("after", Long.toString(starts[i] - 1));
            ranges[i].setProperty("last", Long.toString(starts[i + 1] - 1));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(ranges);
        plan.setPartitionsOverride(false);
        return plan;
    }
}
