package org.baoku.archive;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The audit trail: what one import execution did with one file. */
// written once and never changed: Hibernate keeps no snapshot of it and skips it when flushing
@Immutable
@Entity
@Table(name = "import_record",
        uniqueConstraints = @UniqueConstraint(name = "uk_import_record_manifest_position",
                columnNames = {"job_instance_id", "manifest_position"}),
        indexes = {
        @Index(name = "ix_import_record_execution_outcome", columnList = "execution_id, outcome"),
        @Index(name = "ix_import_record_run_outcome", columnList = "job_instance_id, outcome"),
        @Index(name = "ix_import_record_page", columnList = "page_id"),
        @Index(name = "ix_import_record_sha256", columnList = "sha256")})
public class ImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_record_seq")
    @SequenceGenerator(name = "import_record_seq", sequenceName = "import_record_seq", allocationSize = 50)
    private Long id;

    /** The run; the same across restarts, so it is what "every file exactly once" is counted by. */
    @Column(name = "job_instance_id", nullable = false)
    private long jobInstanceId;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "manifest_position", nullable = false)
    private long manifestPosition;

    @Column(name = "source_path", nullable = false, length = 1000)
    private String sourcePath;

    @Column(length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR) // plain text on every database, not H2 ENUM / PostgreSQL enum types
    @Column(nullable = false, length = 30)
    private ImportOutcome outcome;

    /** Finding code and message for a rejected file; null otherwise. */
    @Column(length = 2000)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "page_id")
    private Page page;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ImportRecord() {
    }

    public ImportRecord(ImportRun run, ManifestItem file, ImportOutcome outcome, String reason, Page page,
                        Instant recordedAt) {
        this.jobInstanceId = run.jobInstanceId();
        this.executionId = run.executionId();
        this.manifestPosition = file.position();
        this.sourcePath = file.path();
        this.sha256 = file.sha256();
        this.outcome = outcome;
        this.reason = reason;
        this.page = page;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public long getManifestPosition() {
        return manifestPosition;
    }

    public long getExecutionId() {
        return executionId;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public String getSha256() {
        return sha256;
    }

    public ImportOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public Page getPage() {
        return page;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** Imported as a page, or as an article of one (a METS file brings no page). */
    boolean importedIntoPage() {
        return page != null && ImportOutcome.IMPORTING.contains(outcome);
    }
}
