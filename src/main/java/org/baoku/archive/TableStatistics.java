package org.baoku.archive;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * Brings the database's planner statistics of the tables an import fills up to date ({@code ANALYZE}), so
 * that what reads them right after — the search indexing, the archive checks — gets plans made for their
 * real size. PostgreSQL's autovacuum analyses a table only a while after it changed (a minute's nap and a
 * share of new rows): a fresh archive of 10,000 pages was still planned as empty while the indexing read it
 * back, chunk by chunk. H2 keeps its own selectivity up to date as rows change and is left alone.
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class TableStatistics {

    /** What an import writes in bulk; the small shared tables (publication, contributor) change little. */
    static final List<String> IMPORTED_TABLES = List.of("issue", "page", "article", "article_contributor",
            "guide_entry", "finding", "manifest_entry", "import_record");

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    /** Analyses the imported tables on PostgreSQL; returns whether it did (false on H2). */
    public boolean refreshAfterImport() {
        return refresh(IMPORTED_TABLES);
    }

    /**
     * Analyses the manifest on PostgreSQL, once the scan has written a run's: the import step reads it and
     * the import records against it, and planned with the statistics of the archive's earlier runs, where
     * none of the new run's rows were, PostgreSQL read it so slowly that a 10,000-file import after another
     * kept a quarter of a core busy (README: Performance). Returns whether it did (false on H2).
     */
    public boolean refreshManifest() {
        return refresh(List.of("manifest_entry"));
    }

    private boolean refresh(List<String> tables) {
        boolean postgresql = em.unwrap(Session.class).doReturningWork(connection ->
                connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL"));
        if (postgresql) {
            em.createNativeQuery("analyze " + String.join(", ", tables)).executeUpdate();
        }
        return postgresql;
    }
}
