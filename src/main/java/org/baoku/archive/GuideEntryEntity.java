package org.baoku.archive;

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

import org.hibernate.annotations.Immutable;

/** A 导读 entry printed on a page, pointing to a story on another page of the same issue. */
// written once and never changed: Hibernate keeps no snapshot of it and skips it when flushing
@Immutable
@Entity(name = "GuideEntry")
@Table(name = "guide_entry", indexes = @Index(name = "ix_guide_entry_page", columnList = "page_id"))
public class GuideEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guide_entry_seq")
    @SequenceGenerator(name = "guide_entry_seq", sequenceName = "guide_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id", nullable = false)
    private Page page;

    @Column(nullable = false)
    private int position;

    @Column(length = 500)
    private String title;

    @Column(length = 500)
    private String subtitle;

    @Column(name = "target_page", length = 20)
    private String targetPage;

    protected GuideEntryEntity() {
    }

    public GuideEntryEntity(Page page, int position, String title, String subtitle, String targetPage) {
        this.page = page;
        this.position = position;
        this.title = title;
        this.subtitle = subtitle;
        this.targetPage = targetPage;
    }

    public Page getPage() {
        return page;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public String getTargetPage() {
        return targetPage;
    }
}
