package org.baoku.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.DynamicUpdate;

/** A newspaper title, e.g. 焦作日报. Only changed columns are updated: partitions fill different fields. */
@Entity
@DynamicUpdate
@Table(name = "publication", uniqueConstraints = @UniqueConstraint(name = "uk_publication_title", columnNames = "title"))
public class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_seq")
    @SequenceGenerator(name = "publication_seq", sequenceName = "publication_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 200)
    private String publisher;

    @Column(length = 200)
    private String sponsor;

    @Column(name = "serial_number", length = 40)
    private String serialNumber;

    protected Publication() {
    }

    public Publication(String title) {
        this.title = title;
    }

    /** Fills what this publication does not know yet; a value already recorded is never overwritten. */
    public void learn(String publisher, String sponsor, String serialNumber) {
        if (this.publisher == null) {
            this.publisher = publisher;
        }
        if (this.sponsor == null) {
            this.sponsor = sponsor;
        }
        if (this.serialNumber == null) {
            this.serialNumber = serialNumber;
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getSponsor() {
        return sponsor;
    }

    public String getSerialNumber() {
        return serialNumber;
    }
}
