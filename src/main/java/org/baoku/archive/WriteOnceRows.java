package org.baoku.archive;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.StatelessSession;

/**
 * The rows of a chunk that are inserted once and never updated: articles and their contributors, guide
 * entries, findings and import records, most of the rows an import writes. They bypass the persistence
 * context: kept here until the chunk's pages are flushed, then inserted through a stateless session in
 * the chunk's transaction, so Hibernate neither snapshots nor dirty-checks nor cascades them (the
 * profile of the import showed half its CPU there).
 */
final class WriteOnceRows {

    private final List<ArticleEntity> articles = new ArrayList<>();
    private final List<GuideEntryEntity> guideEntries = new ArrayList<>();
    private final List<FindingEntity> findings = new ArrayList<>();
    private final List<ImportRecord> records = new ArrayList<>();

    void add(ArticleEntity article) {
        articles.add(article);
    }

    void add(GuideEntryEntity entry) {
        guideEntries.add(entry);
    }

    void add(FindingEntity finding) {
        findings.add(finding);
    }

    void add(ImportRecord record) {
        records.add(record);
    }

    boolean isEmpty() {
        return articles.isEmpty() && guideEntries.isEmpty() && findings.isEmpty() && records.isEmpty();
    }

    /** Inserts parents before children (an article before its contributors and findings), table by table. */
    void insert(StatelessSession session) {
        articles.forEach(session::insert);
        articles.forEach(article -> article.getContributors().forEach(session::insert));
        guideEntries.forEach(session::insert);
        findings.forEach(session::insert);
        records.forEach(session::insert);
    }
}
