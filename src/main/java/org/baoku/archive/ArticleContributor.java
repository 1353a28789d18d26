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

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Who is named in which article's byline, in printed order. */
// written once and never changed: Hibernate keeps no snapshot of it and skips it when flushing
@Immutable
@Entity
@Table(name = "article_contributor", indexes = {
        @Index(name = "ix_article_contributor_article", columnList = "article_id"),
        @Index(name = "ix_article_contributor_contributor", columnList = "contributor_id")})
public class ArticleContributor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_contributor_seq")
    @SequenceGenerator(name = "article_contributor_seq", sequenceName = "article_contributor_seq", allocationSize = 100)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private ArticleEntity article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contributor_id", nullable = false)
    private Contributor contributor;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR) // plain text on every database, not H2 ENUM / PostgreSQL enum types
    @Column(nullable = false, length = 20)
    private ContributorRole role;

    protected ArticleContributor() {
    }

    ArticleContributor(ArticleEntity article, Contributor contributor, int position, ContributorRole role) {
        this.article = article;
        this.contributor = contributor;
        this.position = position;
        this.role = role;
    }

    public ArticleEntity getArticle() {
        return article;
    }

    public Contributor getContributor() {
        return contributor;
    }

    public int getPosition() {
        return position;
    }

    public ContributorRole getRole() {
        return role;
    }
}
