package org.baoku.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.baoku.issuefile.Layout;
import org.baoku.issuefile.ParseStatus;

/**
 * Creates the rows many files share (publication, issue, contributor, a page assembled from article
 * files) each in a short transaction of its own. Partitions import in parallel; creating a shared row inside a chunk would make two chunks
 * race on a unique key until commit. Here the loser of a race sees the winner's row right away.
 */
@Dependent
public class ReferenceRows {

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createPublication(String title) {
        em.persist(new Publication(title));
        em.flush();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createIssue(long publicationId, LocalDate date) {
        em.persist(new Issue(em.getReference(Publication.class, publicationId), date));
        em.flush();
    }

    /** Creates several issues of a publication at once; fails as a whole if another partition made one first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createIssues(long publicationId, Collection<LocalDate> dates) {
        Publication publication = em.getReference(Publication.class, publicationId);
        dates.forEach(date -> em.persist(new Issue(publication, date)));
        em.flush();
    }

    /** An empty page that article files of one issue and page label are assembled into. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createAssembledPage(long issueId, String label, String sourcePath) {
        em.persist(new Page(em.getReference(Issue.class, issueId), label, null, null, sourcePath, null, null, 0,
                ParseStatus.ACCEPTED, Instant.now()).readAs(Layout.ARTICLE_TEXT));
        em.flush();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createContributor(String name) {
        em.persist(new Contributor(name));
        em.flush();
    }
}
