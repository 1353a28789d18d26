package org.baoku.archive;

import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stored run reports, one per import execution. */
@Dependent
@Transactional
public class RunReports {

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    public void save(RunReportRecord report) {
        em.persist(report);
    }

    public Optional<RunReportRecord> ofExecution(long executionId) {
        return em.createQuery("select r from RunReportRecord r where r.executionId = :e order by r.createdAt desc",
                        RunReportRecord.class)
                .setParameter("e", executionId).setMaxResults(1).getResultStream().findFirst();
    }
}
