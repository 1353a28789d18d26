package org.baoku.it;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
}
