package org.baoku.archive;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The manifests of import runs: written once by the scan, then read in position order. Every access
 * runs in a transaction (the partition mapper calls it outside any chunk).
 */
@Dependent
@Transactional
public class Manifest {

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    /** Drops what an interrupted scan of this run left, so that the scan can start over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(long jobInstanceId) {
        em.createQuery("delete from ManifestEntry m where m.jobInstanceId = :i")
                .setParameter("i", jobInstanceId).executeUpdate();
    }

    /** Appends a batch of entries in its own transaction, so a scan of 100,000s of files stays small. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(List<ManifestEntry> entries) {
        StatelessInserts.insert(em, session -> entries.forEach(session::insert));
    }

    /**
     * The first position at or after {@code position} where a new directory starts, so that a partition
     * boundary never separates a front page from the inner pages filed beside it; the manifest size
     * when no directory starts there.
     */
    public long directoryStartAtOrAfter(long jobInstanceId, long position) {
        if (position <= 1) {
            return Math.max(position, 0);
        }
        List<String> paths = em.createQuery("select m.sourcePath from ManifestEntry m where m.jobInstanceId = :i "
                        + "and m.position >= :from order by m.position", String.class)
                .setParameter("i", jobInstanceId).setParameter("from", position - 1)
                .setMaxResults(1000).getResultList();
        for (int i = 1; i < paths.size(); i++) {
            if (!java.util.Objects.equals(parent(paths.get(i)), parent(paths.get(i - 1)))) {
                return position - 1 + i;
            }
        }
        return paths.size() < 1000 ? size(jobInstanceId) + 1 : position; // one huge directory: split inside it
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public long size(long jobInstanceId) {
        return em.createQuery("select count(m) from ManifestEntry m where m.jobInstanceId = :i", Long.class)
                .setParameter("i", jobInstanceId).getSingleResult();
    }

    /**
     * The entries in {@code (after, last]} that have no import record yet, in position order. Reading
     * past recorded entries makes a restart exactly-once even when the job repository's checkpoint
     * lags the archive's commit. Callers read a window of positions at a time: H2 evaluates the query
     * for the whole range before it sorts and limits, so a range as wide as the partition would make
     * every page cost as much as the partition's rest (quadratic over a delivery).
     */
    public List<ManifestItem> pending(long jobInstanceId, long after, long last) {
        return em.createQuery("select new org.baoku.archive.ManifestItem(m.position, m.sourcePath, m.sizeBytes, m.sha256, "
                        + "coalesce((select min(p.sourcePath) from Page p where p.sha256 = m.sha256 and p.superseded = false), "
                        + "(select min(a.sourcePath) from Article a where a.sha256 = m.sha256 and a.superseded = false), "
                        + "(select min(i.cataloguePath) from Issue i where i.catalogueSha256 = m.sha256))) "
                        + "from ManifestEntry m where m.jobInstanceId = :i and m.position > :after and m.position <= :last "
                        + "and not exists (select r.id from ImportRecord r where r.jobInstanceId = m.jobInstanceId "
                        + "and r.manifestPosition = m.position) order by m.position", ManifestItem.class)
                .setParameter("i", jobInstanceId)
                .setParameter("after", after)
                .setParameter("last", last)
                .getResultList();
    }
}
