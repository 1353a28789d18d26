package org.baoku.archive;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.Length;

/** The stored report of one import execution: key figures as columns, the whole report as JSON. */
@Entity
@Table(name = "run_report", indexes = {
        @Index(name = "ix_run_report_execution", columnList = "execution_id"),
        @Index(name = "ix_run_report_instance", columnList = "job_instance_id")})
public class RunReportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "run_report_seq")
    @SequenceGenerator(name = "run_report_seq", sequenceName = "run_report_seq", allocationSize = 10)
    private Long id;

    @Column(name = "job_instance_id", nullable = false)
    private long jobInstanceId;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "exit_status", nullable = false, length = 40)
    private String exitStatus;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "files_per_second", nullable = false)
    private double filesPerSecond;

    /** A long text column, not a {@code @Lob}: {@code text} on PostgreSQL (not an {@code oid} large object). */
    @Column(name = "report_json", nullable = false, length = Length.LONG32)
    private String json;

    protected RunReportRecord() {
    }

    public RunReportRecord(long jobInstanceId, long executionId, String exitStatus, Instant createdAt,
                           double filesPerSecond, String json) {
        this.jobInstanceId = jobInstanceId;
        this.executionId = executionId;
        this.exitStatus = exitStatus;
        this.createdAt = createdAt;
        this.filesPerSecond = filesPerSecond;
        this.json = json;
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public long getExecutionId() {
        return executionId;
    }

    public String getExitStatus() {
        return exitStatus;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public double getFilesPerSecond() {
        return filesPerSecond;
    }

    public String getJson() {
        return json;
    }
}
