package org.baoku.importjob;

import java.nio.file.Path;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.PageArchive;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.parse.IssueFileParser;

/**
 * Reads one issue file. A file whose exact content the archive already holds is recorded as
 * UNCHANGED and filtered out, so a re-run over the same inbox writes nothing new.
 */
@Named
@Dependent
public class IssueFileProcessor implements ItemProcessor {

    @Inject
    IssueFileParser parser;

    @Inject
    PageArchive archive;

    @Inject
    JobContext job;

    @Override
    public Object processItem(Object item) throws Exception {
        ParseResult reading = parser.parse((Path) item);
        if (!reading.rejected() && archive.holds(reading.source().sha256())) {
            archive.recordUnchanged(job.getExecutionId(), reading.source());
            return null;
        }
        return reading;
    }
}
