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

import org.baoku.issuefile.Severity;

/** What the parser or a validator noticed on a page, or on one article of it. */
@Entity(name = "Finding")
@Table(name = "finding", indexes = {
        @Index(name = "ix_finding_page", columnList = "page_id"),
        @Index(name = "ix_finding_article", columnList = "article_id"),
        @Index(name = "ix_finding_code", columnList = "code")})
public class FindingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 100)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id", nullable = false)
    private Page page;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private ArticleEntity article;

    @Enumerated(EnumType.STRING)
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
