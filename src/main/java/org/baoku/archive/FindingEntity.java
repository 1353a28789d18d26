package org.baoku.archive;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.baoku.issuefile.Severity;

/**
 * What the parser or a validator noticed on a page or one article of it, or what the archive-level
 * checks after an import noticed on an issue (then {@code page} is null and {@code issue} is set), or
 * what the issue's METS file says about it ({@code issue} set, neither page nor archive level).
 */
@Entity(name = "Finding")
@Table(name = "finding", indexes = {
        @Index(name = "ix_finding_page", columnList = "page_id"),
        @Index(name = "ix_finding_article", columnList = "article_id"),
        @Index(name = "ix_finding_code", columnList = "code"),
        @Index(name = "ix_finding_issue", columnList = "issue_id")})
public class FindingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 100)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "page_id")
    private Page page;

    /** Set on archive-level findings, which concern an issue rather than one page's reading. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issue_id")
    private Issue issue;

    @Column(name = "archive_level", nullable = false)
    private boolean archiveLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private ArticleEntity article;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR) // plain text on every database, not H2 ENUM / PostgreSQL enum types
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "line_number")
    private Integer line;

    @Column(length = 2000)
    private String message;

    protected FindingEntity() {
    }

    public FindingEntity(Page page, ArticleEntity article, Severity severity, String code, Integer line, String message) {
        this.page = page;
        this.article = article;
        this.severity = severity;
        this.code = code;
        this.line = line;
        this.message = message;
    }

    /** A finding of the archive-level checks on an issue, and optionally one page and article of it. */
    public static FindingEntity onIssue(Issue issue, Page page, ArticleEntity article, Severity severity, String code,
                                        String message) {
        FindingEntity finding = new FindingEntity(page, article, severity, code, null, message);
        finding.issue = issue;
        finding.archiveLevel = true;
        return finding;
    }

    /** What an issue's METS file says about the issue (e.g. a page it lists without its ALTO file). */
    public static FindingEntity fromCatalogue(Issue issue, Severity severity, String code, String message) {
        FindingEntity finding = new FindingEntity(null, null, severity, code, null, message);
        finding.issue = issue;
        return finding;
    }

    public Long getId() {
        return id;
    }

    public Issue getIssue() {
        return issue;
    }

    public boolean isArchiveLevel() {
        return archiveLevel;
    }

    public Page getPage() {
        return page;
    }

    public ArticleEntity getArticle() {
        return article;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getCode() {
        return code;
    }

    public Integer getLine() {
        return line;
    }

    public String getMessage() {
        return message;
    }
}
