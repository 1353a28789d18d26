package org.baoku.importjob;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.ImportRanges;
import org.baoku.archive.ImportRanges.Range;
import org.baoku.archive.Manifest;
import org.baoku.archive.SharedRuns;
import org.baoku.cluster.ClusterSettings;

/**
 * Splits the manifest into contiguous position ranges, cut where a new directory starts (an issue's pages
 * are filed together, and an inner page finds its issue through the front page beside it), and opens the
 * run to every node. Partitions do not get a range each: every partition, here and on the other nodes,
 * claims ranges until none is left, so a node that is faster, or still alive, does more. A restart finds
 * the ranges already planned, with the finished ones marked, and starts fresh partitions to claim the rest.
 */
@Named
@Dependent
public class ManifestPartitionMapper implements PartitionMapper {

    /**
     * Several ranges per partition, so that partitions and nodes even out, and none larger than this: a claim costs
     * a few statements, and a dead node's range is read again from its start (skipping what is recorded).
     */
    static final int RANGES_PER_PARTITION = 4;
    static final long MAX_RANGE_FILES = 500;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    CurrentRun run;

    @Inject
    Manifest manifest;

    @Inject
    ImportRanges ranges;

    @Inject
    SharedRuns sharedRuns;

    @Inject
    ClusterSettings cluster;

    @Override
    public PartitionPlan mapPartitions() {
        long instance = run.instance();
        long size = manifest.size(instance);
        int requested = (int) JobParameters.number(partitions, "partitions", JobParameters.defaultPartitions());
        int count = (int) Math.max(1, Math.min(Math.max(1, requested), size));
        ranges.plan(instance, split(instance, size, count));
        sharedRuns.open(instance, run.execution(), cluster.node());
        return claimingPartitions(count);
    }

    /**
     * {@code count} partitions, each on its own thread, that claim ranges: none has properties of its own (JBeret
     * still wants a set per partition), and a restart's are new ones, as none is to be resumed.
     */
    static PartitionPlan claimingPartitions(int count) {
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(Stream.generate(Properties::new).limit(count).toArray(Properties[]::new));
        plan.setPartitionsOverride(true);
        return plan;
    }

    private List<Range> split(long instance, long size, int partitionCount) {
        long wanted = Math.max((long) partitionCount * RANGES_PER_PARTITION, (size + MAX_RANGE_FILES - 1) / MAX_RANGE_FILES);
        int count = (int) Math.max(1, Math.min(wanted, size));
        List<Range> split = new ArrayList<>();
        long after = 0;
        for (int i = 1; i <= count && after < size; i++) {
            long last = i == count ? size
                    : Math.min(size, Math.max(after + 1, manifest.directoryStartAtOrAfter(instance, size * i / count + 1)) - 1);
            if (last > after) {
                split.add(new Range(instance, split.size() + 1, after, last));
                after = last;
            }
        }
        return split;
    }
}
