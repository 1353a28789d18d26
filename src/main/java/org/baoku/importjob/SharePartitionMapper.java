package org.baoku.importjob;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A node's share of a run started elsewhere: partitions that claim the run's ranges until none is left (the
 * coordinator planned them, see {@link ManifestPartitionMapper}).
 */
@Named
@Dependent
public class SharePartitionMapper implements PartitionMapper {

    @Inject
    @BatchProperty
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int count = (int) Math.max(1, JobParameters.number(partitions, "partitions", JobParameters.defaultPartitions()));
        return ManifestPartitionMapper.claimingPartitions(count);
    }
}
