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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.baoku.issuefile.Layout;
import org.baoku.issuefile.ParseStatus;

/** One page of an issue, and the file it was read from. */
@Entity
@Table(name = "page",
        uniqueConstraints = @UniqueConstraint(name = "uk_page_issue_label_revision",
                columnNames = {"issue_id", "label", "revision"}),
        indexes = {
                @Index(name = "ix_page_sha256", columnList = "sha256"),
                @Index(name = "ix_page_source_path", columnList = "source_path")})
public class Page {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "page_seq")
    @SequenceGenerator(name = "page_seq", sequenceName = "page_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issue_id", nullable = false)
    private Issue issue;

    /** Never null (V7): a page without a label has no place in its issue and is rejected as NO_PAGE_LABEL. */
    @Column(length = 20, nullable = false)
    private String label;

    @Column(length = 100)
    private String section;

    @Column(length = 100)
    private String editor;

    @Column(name = "source_path", nullable = false, length = 1000)
    private String sourcePath;

    /** {@code null} for a page assembled from article files, which has no file of its own. */
    @Column(length = 64)
    private String sha256;

    @Column(length = 40)
    private String encoding;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR) // plain text on every database, not H2 ENUM / PostgreSQL enum types
    @Column(nullable = false, length = 30)
    private ParseStatus status;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Layout layout = Layout.PAGE_TEXT;

    /** 1 for the first import of a file; a file delivered again with new content adds a revision. */
    @Column(nullable = false)
    private int revision = 1;

    /** Whether a later revision replaced this one; the archive keeps it, readers see the current one. */
    @Column(nullable = false)
    private boolean superseded;

    protected Page() {
    }

    public Page(Issue issue, String label, String section, String editor, String sourcePath, String sha256,
                String encoding, long sizeBytes, ParseStatus status, Instant importedAt) {
        this.issue = issue;
        this.label = label;
        this.section = section;
        this.editor = editor;
        this.sourcePath = sourcePath;
        this.sha256 = sha256;
        this.encoding = encoding;
        this.sizeBytes = sizeBytes;
        this.status = status;
        this.importedAt = importedAt;
    }

    /** Records the layout of the delivery the page came in (page text unless said otherwise). */
    public Page readAs(Layout delivered) {
        this.layout = delivered;
        return this;
    }

    public Layout getLayout() {
        return layout;
    }

    /** Whether the page was put together from article files rather than read from one file. */
    public boolean isAssembled() {
        return layout == Layout.ARTICLE_TEXT;
    }

    /** Makes {@code next} the current revision of this page and keeps this one as superseded. */
    public void supersedeWith(Page next) {
        next.revision = revision + 1;
        superseded = true;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    public Long getId() {
        return id;
    }

    public Issue getIssue() {
        return issue;
    }

    public String getLabel() {
        return label;
    }

    public String getSection() {
        return section;
    }

    public String getEditor() {
        return editor;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public String getSha256() {
        return sha256;
    }

    public String getEncoding() {
        return encoding;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public ParseStatus getStatus() {
        return status;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
