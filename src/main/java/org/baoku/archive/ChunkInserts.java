package org.baoku.archive;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.StatelessSession;

/**
 * The new rows of a chunk: pages, their articles and contributors, guide entries, findings and import
 * records, nearly all the rows an import writes. They bypass the persistence context: kept here until
 * the chunk's changes to shared rows (publications, issues, superseded pages) are flushed, then inserted
 * through a stateless session in the chunk's transaction, so Hibernate neither snapshots nor
 * dirty-checks nor cascades them (the profile of the import showed half its CPU there). A later run
 * that supersedes a page loads it like any other entity.
 */
final class ChunkInserts {

    private final List<Page> pages = new ArrayList<>();
    private final List<ArticleEntity> articles = new ArrayList<>();
    private final List<GuideEntryEntity> guideEntries = new ArrayList<>();
    private final List<FindingEntity> findings = new ArrayList<>();
    private final List<ImportRecord> records = new ArrayList<>();

    void add(Page page) {
        pages.add(page);
    }

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

    List<ArticleEntity> articles() {
        return articles;
    }

    List<ImportRecord> records() {
        return records;
    }

    boolean isEmpty() {
        return pages.isEmpty() && articles.isEmpty() && guideEntries.isEmpty() && findings.isEmpty() && records.isEmpty();
    }

    /** How many rows {@link #insert} inserts. */
    int size() {
        return pages.size() + articles.size() + articles.stream().mapToInt(article -> article.getContributors().size()).sum()
                + guideEntries.size() + findings.size() + records.size();
    }

    /** Inserts parents before children (a page before its articles, an article before its findings), table by table. */
    void insert(StatelessSession session) {
        pages.forEach(session::insert);
        articles.forEach(session::insert);
        articles.forEach(article -> article.getContributors().forEach(session::insert));
        guideEntries.forEach(session::insert);
        findings.forEach(session::insert);
        records.forEach(session::insert);
    }
}
