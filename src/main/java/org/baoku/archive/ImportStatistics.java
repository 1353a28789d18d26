package org.baoku.archive;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Counts operators ask for: what a run did with its files, and what the archive now holds. */
@Dependent
public class ImportStatistics {

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    /** Files of one import execution by outcome; outcomes no file had are absent. */
    public Map<ImportOutcome, Long> outcomesOf(long executionId) {
        Map<ImportOutcome, Long> counts = new EnumMap<>(ImportOutcome.class);
        em.createQuery("select r.outcome, count(r) from ImportRecord r where r.executionId = :e group by r.outcome",
                        Object[].class)
                .setParameter("e", executionId)
                .getResultList()
                .forEach(row -> counts.put((ImportOutcome) row[0], (Long) row[1]));
        return counts;
    }

    /** The rejected files of one execution with their reasons, in path order. */
    public List<ImportRecord> rejectionsOf(long executionId) {
        return em.createQuery("select r from ImportRecord r where r.executionId = :e and r.outcome = :o "
                        + "order by r.sourcePath", ImportRecord.class)
                .setParameter("e", executionId)
                .setParameter("o", ImportOutcome.REJECTED)
                .getResultList();
    }

    public ArchiveTotals totals() {
        return new ArchiveTotals(
                count("Publication"), count("Issue"), count("Page"), count("Article"), count("Contributor"));
    }

    private long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }

    /** What the archive holds in all. */
    public record ArchiveTotals(long publications, long issues, long pages, long articles, long contributors) {
    }
}
