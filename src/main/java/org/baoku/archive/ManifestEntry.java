package org.baoku.archive;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A file a run takes, recorded by the scan before anything is imported. The import reads the
 * manifest, not the inbox, so a checkpoint is a position in a list that no longer changes.
 */
@Entity
@Table(name = "manifest_entry", uniqueConstraints = @UniqueConstraint(
        name = "uk_manifest_entry_position", columnNames = {"job_instance_id", "position"}))
public class ManifestEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "manifest_entry_seq")
    @SequenceGenerator(name = "manifest_entry_seq", sequenceName = "manifest_entry_seq", allocationSize = 500)
    private Long id;

    @Column(name = "job_instance_id", nullable = false)
    private long jobInstanceId;

    @Column(nullable = false)
    private long position;

    @Column(name = "source_path", nullable = false, length = 1000)
    private String sourcePath;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    /** null when the scan could not read the file; the import then rejects it. */
    @Column(length = 64)
    private String sha256;

    protected ManifestEntry() {
    }

    public ManifestEntry(long jobInstanceId, long position, String sourcePath, long sizeBytes, Instant modifiedAt,
                         String sha256) {
        this.jobInstanceId = jobInstanceId;
        this.position = position;
        this.sourcePath = sourcePath;
        this.sizeBytes = sizeBytes;
        this.modifiedAt = modifiedAt;
        this.sha256 = sha256;
    }

    public long getPosition() {
        return position;
    }

    public String getSourcePath() {
        return sourcePath;
    }
}
