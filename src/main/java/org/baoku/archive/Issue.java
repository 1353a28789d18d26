package org.baoku.archive;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

import org.hibernate.annotations.DynamicUpdate;

import org.baoku.issuefile.IssueMasthead;

/** One day's issue of a publication; its masthead fields come from the front page. */
@Entity
@DynamicUpdate
@Table(name = "issue",
        uniqueConstraints = @UniqueConstraint(name = "uk_issue_publication_date", columnNames = {"publication_id", "issue_date"}),
        indexes = @Index(name = "ix_issue_date", columnList = "issue_date"))
public class Issue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issue_seq")
    @SequenceGenerator(name = "issue_seq", sequenceName = "issue_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publication_id", nullable = false)
    private Publication publication;

    @Column(name = "issue_date", nullable = false)
    private LocalDate date;

    @Column(name = "issue_number")
    private Integer issueNumber;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(length = 10)
    private String weekday;

    @Column(name = "lunar_date", length = 40)
    private String lunarDate;

    @Column(length = 100)
    private String president;

    @Column(length = 40)
    private String volume;

    @Column(length = 40)
    private String edition;

    /** The METS file that described the issue, if one did. */
    @Column(name = "catalogue_path", length = 1000)
    private String cataloguePath;

    @Column(name = "catalogue_sha256", length = 64)
    private String catalogueSha256;

    protected Issue() {
    }

    public Issue(Publication publication, LocalDate date) {
        this.publication = publication;
        this.date = date;
    }

    /** Fills the fields a front page prints; an inner page arriving first leaves them unknown. */
    public void learn(IssueMasthead masthead) {
        if (issueNumber == null) {
            issueNumber = masthead.issueNumber();
        }
        if (pageCount == null) {
            pageCount = masthead.pageCount();
        }
        if (weekday == null) {
            weekday = masthead.weekday();
        }
        if (lunarDate == null) {
            lunarDate = masthead.lunarDate();
        }
        if (president == null) {
            president = masthead.president();
        }
        if (volume == null) {
            volume = masthead.volume();
        }
        if (edition == null) {
            edition = masthead.edition();
        }
    }

    /**
     * Takes what a METS file says of the issue: a catalogue record outranks what a page printed, and a
     * METS delivered again with new content replaces the older one's fields.
     */
    public void describeBy(IssueMasthead catalogue, String path, String sha256) {
        issueNumber = catalogue.issueNumber() != null ? catalogue.issueNumber() : issueNumber;
        pageCount = catalogue.pageCount() != null ? catalogue.pageCount() : pageCount;
        volume = catalogue.volume() != null ? catalogue.volume() : volume;
        edition = catalogue.edition() != null ? catalogue.edition() : edition;
        cataloguePath = path;
        catalogueSha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public Publication getPublication() {
        return publication;
    }

    public LocalDate getDate() {
        return date;
    }

    public Integer getIssueNumber() {
        return issueNumber;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public String getWeekday() {
        return weekday;
    }

    public String getLunarDate() {
        return lunarDate;
    }

    public String getPresident() {
        return president;
    }

    public String getVolume() {
        return volume;
    }

    public String getEdition() {
        return edition;
    }

    public String getCataloguePath() {
        return cataloguePath;
    }
}
