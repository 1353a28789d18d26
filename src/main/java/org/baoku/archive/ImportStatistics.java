package org.baoku.archive;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Counts operators ask for: what a run did with its files, and what the archive now holds. Always in a
 * transaction, also when a batchlet or the REST API asks: a transaction-scoped persistence context used
 * without one would be left to the pooled batch thread.
 */
@Dependent
@Transactional
public class ImportStatistics {

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    /** Files of one run (a job instance, across its restarts) by outcome; outcomes no file had are absent. */
    public Map<ImportOutcome, Long> outcomesOfRun(long jobInstanceId) {
        Map<ImportOutcome, Long> counts = new EnumMap<>(ImportOutcome.class);
        // count(*), not count(r): H2 answers it from the index (job_instance_id, outcome) alone
        em.createQuery("select r.outcome, count(*) from ImportRecord r where r.jobInstanceId = :i group by r.outcome",
                        Object[].class)
                .setParameter("i", jobInstanceId)
                .getResultList()
                .forEach(row -> counts.put((ImportOutcome) row[0], (Long) row[1]));
        return counts;
    }

    /** Files one execution recorded, by outcome; a restarted run's earlier executions are not counted. */
    public Map<ImportOutcome, Long> outcomesOfExecution(long executionId) {
        Map<ImportOutcome, Long> counts = new EnumMap<>(ImportOutcome.class);
        em.createQuery("select r.outcome, count(r) from ImportRecord r where r.executionId = :e group by r.outcome",
                        Object[].class)
                .setParameter("e", executionId)
                .getResultList()
                .forEach(row -> counts.put((ImportOutcome) row[0], (Long) row[1]));
        return counts;
    }

    /** The rejected files of one run with their reasons, in manifest order. */
    public List<ImportRecord> rejectionsOfRun(long jobInstanceId) {
        return em.createQuery("select r from ImportRecord r where r.jobInstanceId = :i and r.outcome = :o "
                        + "order by r.manifestPosition", ImportRecord.class)
                .setParameter("i", jobInstanceId)
                .setParameter("o", ImportOutcome.REJECTED)
                .getResultList();
    }

    /** Findings on the pages a run imported, and archive-level findings on the issues it touched, by code. */
    public Map<String, Long> findingsOfRun(long jobInstanceId) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        em.createQuery("select f.code, count(f) from Finding f, ImportRecord r where r.jobInstanceId = :i "
                        + "and r.page = f.page and f.archiveLevel = false group by f.code", Object[].class)
                .setParameter("i", jobInstanceId).getResultList()
                .forEach(row -> counts.merge((String) row[0], (Long) row[1], Long::sum));
        em.createQuery("select f.code, count(distinct f) from Finding f, ImportRecord r join r.page p "
                        + "where r.jobInstanceId = :i and f.archiveLevel = true and f.issue = p.issue group by f.code",
                        Object[].class)
                .setParameter("i", jobInstanceId).getResultList()
                .forEach(row -> counts.merge((String) row[0], (Long) row[1], Long::sum));
        return counts;
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
