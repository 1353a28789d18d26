package org.baoku.importjob;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.PageArchive;
import org.baoku.issuefile.ParseResult;

/** Stores a chunk of readings in the archive, in the chunk's transaction. */
@Named
@Dependent
public class ArchiveItemWriter extends AbstractItemWriter {

    /** The publication of inner pages whose front page is not in the delivery; optional. */
    @Inject
    @BatchProperty
    String publication;

    @Inject
    PageArchive archive;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        PageArchive.ContributorCache contributors = archive.newContributorCache();
        for (Object item : items) {
            archive.store(job.getExecutionId(), (ParseResult) item, publication, contributors);
        }
    }
}
