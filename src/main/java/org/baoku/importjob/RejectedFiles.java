package org.baoku.importjob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import org.baoku.archive.ImportRun;
import org.baoku.archive.ManifestItem;
import org.baoku.archive.PageArchive;
import org.baoku.delivery.Quarantine;

/** Records a rejected file and sets a copy aside in the quarantine with a {@code .reason.json}. */
@Dependent
public class RejectedFiles {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true).withNullValues(true));

    @Inject
    PageArchive archive;

    /** The document written beside a quarantined file. */
    public record Reason(String file, String sha256, String reason, long jobInstanceId, long executionId,
                         Instant rejectedAt) {
    }

    void reject(ImportRun run, ManifestItem file, String reason, Quarantine quarantine) {
        archive.recordRejected(run, file, reason);
        setAside(run, file, reason, quarantine);
    }

    void setAside(ImportRun run, ManifestItem file, String reason, Quarantine quarantine) {
        Reason document = new Reason(file.path(), file.sha256(), reason, run.jobInstanceId(), run.executionId(),
                Instant.now());
        try {
            quarantine.setAside(Path.of(file.path()), JSON.toJson(document));
        } catch (IOException e) {
            // failing the chunk is right: a rejected file must never be lost from sight
            throw new UncheckedIOException("cannot quarantine " + file.path() + " in " + quarantine.directory(), e);
        }
    }
}
