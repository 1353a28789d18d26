package org.baoku.archive;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Run bookkeeping that may be forgotten: stored run reports and the manifests (with their ranges) of runs gone
 * from the job repository. Never the archive's content, nor the import records that are its audit trail.
 */
@Dependent
public class RunHistory {

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Transactional
    public int purgeReportsBefore(Instant cutoff) {
        return em.createQuery("delete from RunReportRecord r where r.createdAt < :c")
                .setParameter("c", cutoff).executeUpdate();
    }

    @Transactional
    public int purgeManifestsOf(List<Long> jobInstanceIds) {
        if (jobInstanceIds.isEmpty()) {
            return 0;
        }
        // the ranges the manifest was split into, and who took part in the run, go with it
        for (String table : List.of("import_range", "run_share", "shared_run")) {
            em.createNativeQuery("delete from " + table + " where job_instance_id in (:i)")
                    .setParameter("i", jobInstanceIds).executeUpdate();
        }
        return em.createQuery("delete from ManifestEntry m where m.jobInstanceId in :i")
                .setParameter("i", jobInstanceIds).executeUpdate();
    }
}
