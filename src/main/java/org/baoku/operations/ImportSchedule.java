package org.baoku.operations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The nightly import schedule as operators last set it. Kept in the database so that a change made
 * through the API survives restarts and redeployments; configuration only gives the first value.
 */
@Entity
@Table(name = "import_schedule")
public class ImportSchedule {

    static final long THE_SCHEDULE = 1L;

    @Id
    private Long id = THE_SCHEDULE;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, length = 100)
    private String expression;

    @Column(length = 1000)
    private String inbox;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ImportSchedule() {
    }

    ImportSchedule(boolean enabled, String expression, String inbox) {
        change(enabled, expression, inbox);
    }

    void change(boolean enabled, String expression, String inbox) {
        this.enabled = enabled;
        this.expression = CronExpression.parse(expression).toString();
        this.inbox = inbox;
        this.updatedAt = Instant.now();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getExpression() {
        return expression;
    }

    public String getInbox() {
        return inbox;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
