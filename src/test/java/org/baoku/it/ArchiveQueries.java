package org.baoku.it;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;

import org.baoku.archive.ArticleEntity;
import org.baoku.archive.ArticleSearchFields;
import org.baoku.archive.ImportOutcome;
import org.baoku.archive.Issue;

/** Read-only archive queries for in-container tests, by JPQL against the real archive. */
@Dependent
public class ArchiveQueries {

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    public long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }

    public long importRecords(long executionId, String outcome) {
        return em.createQuery("select count(r) from ImportRecord r where r.executionId = :e and r.outcome = :o",
                        Long.class)
                .setParameter("e", executionId).setParameter("o", ImportOutcome.valueOf(outcome)).getSingleResult();
    }

    public long recordsOfRun(long jobInstanceId) {
        return em.createQuery("select count(r) from ImportRecord r where r.jobInstanceId = :i", Long.class)
                .setParameter("i", jobInstanceId).getSingleResult();
    }

    public long distinctPositionsOfRun(long jobInstanceId) {
        return em.createQuery("select count(distinct r.manifestPosition) from ImportRecord r where r.jobInstanceId = :i",
                        Long.class)
                .setParameter("i", jobInstanceId).getSingleResult();
    }

    public long outcomesOfRun(long jobInstanceId, String outcome) {
        return em.createQuery("select count(r) from ImportRecord r where r.jobInstanceId = :i and r.outcome = :o",
                        Long.class)
                .setParameter("i", jobInstanceId).setParameter("o", ImportOutcome.valueOf(outcome)).getSingleResult();
    }

    public long pagesOf(String publication) {
        return em.createQuery("select count(p) from Page p where p.issue.publication.title = :t", Long.class)
                .setParameter("t", publication).getSingleResult();
    }

    public long currentPagesOf(String publication) {
        return em.createQuery("select count(p) from Page p where p.issue.publication.title = :t and p.superseded = false",
                        Long.class)
                .setParameter("t", publication).getSingleResult();
    }

    public long articlesOf(String publication) {
        return em.createQuery("select count(a) from Article a where a.page.issue.publication.title = :t", Long.class)
                .setParameter("t", publication).getSingleResult();
    }

    public long publicationsTitled(String publication) {
        return em.createQuery("select count(p) from Publication p where p.title = :t", Long.class)
                .setParameter("t", publication).getSingleResult();
    }

    /** Revision numbers and superseded flags of the pages read from one path, oldest first. */
    /** Documents of the publication's articles in the search index. */
    public long indexedArticlesOf(String publication) {
        return Search.session(em).search(ArticleEntity.class)
                .where(f -> f.match().field(ArticleSearchFields.PUBLICATION_TITLE).matching(publication))
                .fetchTotalHitCount();
    }

    /** Documents in the search index that are current articles of the publication (each once, by id). */
    public long indexedCurrentArticlesOf(String publication) {
        List<Long> indexed = Search.session(em).search(ArticleEntity.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.match().field(ArticleSearchFields.PUBLICATION_TITLE).matching(publication))
                .fetchAllHits();
        List<Long> current = em.createQuery("select a.id from Article a where a.page.issue.publication.title = :t "
                + "and a.page.superseded = false", Long.class).setParameter("t", publication).getResultList();
        return indexed.stream().distinct().filter(Set.copyOf(current)::contains).count();
    }

    public List<String> revisionsOf(String sourcePath) {
        return em.createQuery("select concat(p.revision, case when p.superseded = true then ':superseded' else ':current' end) "
                        + "from Page p where p.sourcePath = :s order by p.revision", String.class)
                .setParameter("s", sourcePath).getResultList();
    }

    public String reasonOf(long jobInstanceId, String fileName) {
        return em.createQuery("select concat(r.outcome, ' ', coalesce(r.reason, '')) from ImportRecord r "
                        + "where r.jobInstanceId = :i and r.sourcePath like :p", String.class)
                .setParameter("i", jobInstanceId).setParameter("p", "%/" + fileName).getSingleResult();
    }

    public String rejectionReason(long executionId, String fileName) {
        return em.createQuery("select r.reason from ImportRecord r where r.executionId = :e and r.sourcePath like :p",
                        String.class)
                .setParameter("e", executionId).setParameter("p", "%/" + fileName).getSingleResult();
    }

    public Issue issueOf(String publication, java.time.LocalDate date) {
        return em.createQuery("select i from Issue i join fetch i.publication where i.publication.title = :t and i.date = :d",
                        Issue.class)
                .setParameter("t", publication).setParameter("d", date).getSingleResult();
    }

    public List<String> headlinesOfPage(String sourceFileName) {
        return em.createQuery("select a.headline from Article a where a.page.sourcePath like :p order by a.orderOnPage",
                        String.class)
                .setParameter("p", "%/" + sourceFileName).getResultList();
    }

    public List<String> reportersOfPage(String sourceFileName) {
        return em.createQuery("select c.contributor.name from ArticleContributor c "
                        + "where c.article.page.sourcePath like :p order by c.article.orderOnPage, c.position",
                        String.class)
                .setParameter("p", "%/" + sourceFileName).getResultList();
    }

    public List<String> findingCodesOfPage(String sourceFileName) {
        return em.createQuery("select f.code from Finding f where f.page.sourcePath like :p order by f.id",
                        String.class)
                .setParameter("p", "%/" + sourceFileName).getResultList();
    }

    /** An archive-level finding as a test compares it: the issue's date, the code, the row's id and the message. */
    public record ArchiveFinding(java.time.LocalDate issueDate, String code, long id, String message) {
    }

    /** The archive-level findings on a publication's issues, by issue date, code and id. */
    public List<ArchiveFinding> archiveFindingsOf(String publication) {
        return em.createQuery("select f.issue.date, f.code, f.id, f.message from Finding f "
                        + "where f.archiveLevel = true and f.issue.publication.title = :t "
                        + "order by f.issue.date, f.code, f.id", Object[].class)
                .setParameter("t", publication).getResultList().stream()
                .map(row -> new ArchiveFinding((java.time.LocalDate) row[0], (String) row[1], (Long) row[2],
                        (String) row[3]))
                .toList();
    }
}
