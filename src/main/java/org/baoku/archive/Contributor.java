package org.baoku.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A person named in bylines (reporter, correspondent), kept once however many articles name them. */
@Entity
@Table(name = "contributor", uniqueConstraints = @UniqueConstraint(name = "uk_contributor_name", columnNames = "name"))
public class Contributor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contributor_seq")
    @SequenceGenerator(name = "contributor_seq", sequenceName = "contributor_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    protected Contributor() {
    }

    public Contributor(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
