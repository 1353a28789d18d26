package org.baoku.operations;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Lets one node take each firing of the import schedule. The server's database timer store already runs a
 * persistent timer on one node; this also covers two nodes that each created the timer (both started with an
 * enabled schedule and no timer stored yet).
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ScheduleFirings {

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    /**
     * @param firing what identifies the firing on every node: the timer's next timeout after it
     * @return true for the one caller that takes it
     */
    public boolean take(Instant firing) {
        return em.createNativeQuery("update import_schedule set taken_firing = ?1 where id = ?2 "
                        + "and (taken_firing is null or taken_firing < ?1)")
                .setParameter(1, Timestamp.from(firing)).setParameter(2, ImportSchedule.THE_SCHEDULE).executeUpdate() == 1;
    }
}
