package org.baoku.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.baoku.issuefile.BylineType;

/**
 * An article as the archive keeps it. Named {@code ArticleEntity} so that it never gets confused with
 * the parser's {@link org.baoku.issuefile.Article}; the table is {@code article}.
 */
// written once and never changed: Hibernate keeps no snapshot of it and skips it when flushing
@Immutable
@Entity(name = "Article")
// current articles are indexed explicitly (org.baoku.search.ArticleIndexer): the import writes them through
// a stateless session, which Hibernate Search's listeners never see
@Indexed(index = "article")
@Table(name = "article", indexes = @Index(name = "ix_article_page", columnList = "page_id, order_on_page"))
public class ArticleEntity {

    /**
     * The largest length Hibernate still maps to {@code character varying} on H2 (beyond it, clob). It
     * only chooses the column type: the migrations give H2 its engine's limit, 1,000,000,000 characters,
     * and PostgreSQL {@code text}.
     */
    static final int IN_ROW_TEXT = 1_048_576;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 100)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id", nullable = false)
    private Page page;

    @Column(name = "order_on_page", nullable = false)
    private int orderOnPage;

    @Column(name = "column_name", length = 200)
    private String column;

    @Column(length = 500)
    @FullTextField(name = ArticleSearchFields.KICKER, analyzer = ArticleSearchFields.BIGRAMS,
            projectable = Projectable.YES)
    private String kicker;

    @Column(length = 500)
    @FullTextField(name = ArticleSearchFields.HEADLINE, analyzer = ArticleSearchFields.BIGRAMS,
            projectable = Projectable.YES)
    private String headline;

    @Column(length = 500)
    @FullTextField(name = ArticleSearchFields.SUBTITLE, analyzer = ArticleSearchFields.BIGRAMS,
            projectable = Projectable.YES)
    private String subtitle;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR) // plain text on every database, not H2 ENUM / PostgreSQL enum types
    @Column(name = "byline_type", length = 20)
    private BylineType bylineType;

    @Column(name = "byline_agency", length = 100)
    private String bylineAgency;

    @Column(name = "byline_place", length = 100)
    private String bylinePlace;

    @Column(name = "byline_date", length = 40)
    private String bylineDate;

    /**
     * Paragraphs joined by a blank line, as the page prints them after OCR repair. A long text kept in
     * the row, not a {@code @Lob}: {@code text} on PostgreSQL (a {@code @Lob String} would be an
     * {@code oid}, a large object outside the row), {@code character varying} on H2, whose clob values
     * live in a LOB store apart from the row and made the import's inserts several times dearer.
     */
    @Column(nullable = false, length = IN_ROW_TEXT)
    // not stored: the hits' snippets are cut from the bodies in the database (a smaller, faster index)
    @FullTextField(name = ArticleSearchFields.BODY, analyzer = ArticleSearchFields.BIGRAMS)
    private String body;

    @Column(name = "continued_to", length = 20)
    private String continuedTo;

    @Column(name = "continued_from", length = 20)
    private String continuedFrom;

    @Column(name = "jump_key", length = 10)
    private String jumpKey;

    /** The article's number on its page where the delivery numbers articles (article files). */
    @Column(name = "article_number")
    private Integer number;

    /** The file of an article delivered as a file of its own; {@code null} when its page was one file. */
    @Column(name = "source_path", length = 1000)
    private String sourcePath;

    @Column(length = 64)
    private String sha256;

    /** 1 for the first delivery of an article file; a file delivered again with new content adds one. */
    @Column(nullable = false)
    private int revision = 1;

    /** Whether a later revision of the same article file replaced this one (readers see the current one). */
    @Column(nullable = false)
    private boolean superseded;

    /** Where the article's text stands on the page image, compact ({@link TextRegions}); ALTO only. */
    @Column(length = IN_ROW_TEXT)
    private String regions;

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ArticleContributor> contributors = new ArrayList<>();

    protected ArticleEntity() {
    }

    public ArticleEntity(Page page, int orderOnPage) {
        this.page = page;
        this.orderOnPage = orderOnPage;
    }

    void setDisplay(String column, String kicker, String headline, String subtitle) {
        this.column = column;
        this.kicker = kicker;
        this.headline = headline;
        this.subtitle = subtitle;
    }

    void setByline(BylineType type, String agency, String place, String date) {
        this.bylineType = type;
        this.bylineAgency = agency;
        this.bylinePlace = place;
        this.bylineDate = date;
    }

    void setText(String body, String continuedTo, String continuedFrom, String jumpKey) {
        this.body = body;
        this.continuedTo = continuedTo;
        this.continuedFrom = continuedFrom;
        this.jumpKey = jumpKey;
    }

    /** Records the file an article was delivered in, and its number on the page. */
    void setSourceFile(String sourcePath, String sha256, Integer number) {
        this.sourcePath = sourcePath;
        this.sha256 = sha256;
        this.number = number;
    }

    void setRegions(String compactRegions) {
        this.regions = compactRegions;
    }

    /** Makes {@code next} the current revision of this article and keeps this one as superseded. */
    void supersedeWith(ArticleEntity next) {
        next.revision = revision + 1;
        superseded = true;
    }

    void addContributor(Contributor contributor, ContributorRole role) {
        contributors.add(new ArticleContributor(this, contributor, contributors.size(), role));
    }

    public Long getId() {
        return id;
    }

    public Page getPage() {
        return page;
    }

    public Integer getNumber() {
        return number;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public String getSha256() {
        return sha256;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    /** Neither this article nor its page has been replaced by a newer revision: what the search index holds. */
    public boolean isCurrent() {
        return !superseded && !page.isSuperseded();
    }

    public String getRegions() {
        return regions;
    }

    public int getOrderOnPage() {
        return orderOnPage;
    }

    public String getColumn() {
        return column;
    }

    public String getKicker() {
        return kicker;
    }

    public String getHeadline() {
        return headline;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public BylineType getBylineType() {
        return bylineType;
    }

    public String getBylineAgency() {
        return bylineAgency;
    }

    public String getBylinePlace() {
        return bylinePlace;
    }

    public String getBylineDate() {
        return bylineDate;
    }

    public String getBody() {
        return body;
    }

    public String getContinuedTo() {
        return continuedTo;
    }

    public String getContinuedFrom() {
        return continuedFrom;
    }

    public String getJumpKey() {
        return jumpKey;
    }

    public List<ArticleContributor> getContributors() {
        return contributors;
    }

    // What a hit shows and a search filters by, copied into the article's document from its page, issue,
    // publication and bylines. The documents are rewritten explicitly, never on a change of those rows.

    @GenericField(name = ArticleSearchFields.DATE, projectable = Projectable.YES, sortable = Sortable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public LocalDate getIssueDate() {
        return page.getIssue().getDate();
    }

    @GenericField(name = ArticleSearchFields.YEAR, aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public int getYear() {
        return getIssueDate().getYear();
    }

    @KeywordField(name = ArticleSearchFields.PAGE_LABEL, projectable = Projectable.YES, aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getPageLabel() {
        return page.getLabel();
    }

    @GenericField(name = ArticleSearchFields.PAGE_ID, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Long getPageId() {
        return page.getId();
    }

    @GenericField(name = ArticleSearchFields.ISSUE_ID, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Long getIssueId() {
        return page.getIssue().getId();
    }

    @GenericField(name = ArticleSearchFields.PUBLICATION_ID, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Long getPublicationId() {
        return page.getIssue().getPublication().getId();
    }

    @KeywordField(name = ArticleSearchFields.PUBLICATION_TITLE, projectable = Projectable.YES,
            aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getPublicationTitle() {
        return page.getIssue().getPublication().getTitle();
    }

    /** The people the byline names, in printed order. */
    @KeywordField(name = ArticleSearchFields.REPORTER, projectable = Projectable.YES, aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getReporterNames() {
        return contributors.stream().map(link -> link.getContributor().getName()).toList();
    }
}
