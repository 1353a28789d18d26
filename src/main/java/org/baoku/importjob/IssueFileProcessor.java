package org.baoku.importjob;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.ColumnLimits;
import org.baoku.archive.ImportRun;
import org.baoku.archive.ManifestItem;
import org.baoku.archive.PageArchive;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;
import org.baoku.outage.DatabaseOutage;

/**
 * Reads one file of the manifest. Content the archive already holds is recorded UNCHANGED and
 * filtered out without being parsed again; a file the parser rejects is skipped with its reason.
 */
@Named
@Dependent
public class IssueFileProcessor implements ItemProcessor {

    /** Files larger than this many bytes are rejected unread (FILE_TOO_LARGE); default 20 MB. */
    @Inject
    @BatchProperty
    String maxFileBytes;

    @Inject
    IssueFileParser defaultParser;

    @Inject
    PageArchive archive;

    @Inject
    CurrentRun run;

    private IssueFileParser parser;

    @Override
    public Object processItem(Object item) throws Exception {
        if (parser == null) {
            parser = JobParameters.text(maxFileBytes) == null ? defaultParser
                    : new IssueFileParser(new ParserOptions(JobParameters.number(maxFileBytes, "maxFileBytes", 0)));
        }
        ManifestItem file = (ManifestItem) item;
        if (file.sha256() == null) {
            throw new RejectedFileException(file, "UNREADABLE: the scan could not read the file");
        }
        if (file.knownPath() != null) {
            try {
                archive.recordUnchanged(run.importRun(), file, file.knownPath());
            } catch (Exception e) {
                throw DatabaseOutage.retryable(e);
            }
            return null;
        }
        ParseResult reading;
        try {
            reading = parser.parse(Path.of(file.path()));
        } catch (IOException e) {
            throw new RejectedFileException(file, "UNREADABLE: " + e);
        }
        if (reading.rejected()) {
            Finding reason = reading.rejectionReason();
            throw new RejectedFileException(file, reason == null ? "REJECTED" : reason.code() + ": " + reason.message());
        }
        String misfit = ColumnLimits.misfit(reading);
        if (misfit != null) {
            throw new RejectedFileException(file, misfit);
        }
        if (!file.sha256().equals(reading.source().sha256())) {
            throw new RejectedFileException(file, "CHANGED_DURING_IMPORT: the file changed after the scan; "
                    + "the next run takes its new content");
        }
        return new ImportItem(file, reading);
    }
}
