package org.baoku.archive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Finds a shared row in the caller's transaction, or creates it through {@link ReferenceRows} and
 * finds it then. A unique-key race with another partition ({@link AlreadyCreated}) is settled by looking
 * again; nothing else is. Any other failure of the creation, a lost database above all, goes to the chunk
 * as it is: the pool may have marked the chunk's transaction for rollback with it, and a second look in
 * that transaction fails with an error that no longer says why (IJ031070), which failed a whole import
 * run instead of waiting the outage out.
 */
@Dependent
public class SharedRows {

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Inject
    ReferenceRows creator;

    public Publication publication(String title) {
        return findOrCreate(() -> em.createQuery("select p from Publication p where p.title = :t", Publication.class)
                .setParameter("t", title).getResultStream().findFirst(), () -> creator.createPublication(title));
    }

    public Issue issue(Publication publication, LocalDate date) {
        return findOrCreate(() -> em.createQuery("select i from Issue i where i.publication = :p and i.date = :d",
                                Issue.class)
                        .setParameter("p", publication).setParameter("d", date).getResultStream().findFirst(),
                () -> creator.createIssue(publication.getId(), date));
    }

    /**
     * The issues of a publication on several dates, created where missing: one query and one short
     * transaction for a whole chunk instead of each per issue. A race with another partition falls back
     * to {@link #issue} date by date.
     */
    public Map<LocalDate, Issue> issues(Publication publication, Collection<LocalDate> dates) {
        Map<LocalDate, Issue> found = findIssues(publication, dates);
        List<LocalDate> missing = dates.stream().filter(date -> !found.containsKey(date)).toList();
        if (missing.isEmpty()) {
            return found;
        }
        try {
            creator.createIssues(publication.getId(), missing);
            found.putAll(findIssues(publication, missing));
        } catch (AlreadyCreated raced) {
            missing.forEach(date -> found.put(date, issue(publication, date)));
        }
        return found;
    }

    /**
     * By the range of the dates, not {@code date in (…)}: H2 answers an in-list on the second column of
     * the (publication, date) key by reading every issue of the publication, a cost that grew with the
     * archive on every chunk.
     */
    private Map<LocalDate, Issue> findIssues(Publication publication, Collection<LocalDate> dates) {
        Map<LocalDate, Issue> found = new HashMap<>();
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        em.createQuery("select i from Issue i where i.publication = :p and i.date between :first and :last", Issue.class)
                .setParameter("p", publication).setParameter("first", first).setParameter("last", last)
                .getResultList().stream()
                .filter(issue -> dates.contains(issue.getDate()))
                .forEach(issue -> found.put(issue.getDate(), issue));
        return found;
    }

    public Contributor contributor(String name) {
        return findOrCreate(() -> em.createQuery("select c from Contributor c where c.name = :n", Contributor.class)
                .setParameter("n", name).getResultStream().findFirst(), () -> creator.createContributor(name));
    }

    /**
     * The current page of {@code issue} labelled {@code label}, created empty for article files where the
     * archive has none; {@code null} when the place is held by a page read from a file of its own.
     */
    public Page assembledPage(Issue issue, String label, String sourcePath) {
        Page page = findOrCreate(() -> em.createQuery("select p from Page p where p.issue = :i and p.label = :l "
                        + "and p.superseded = false", Page.class)
                .setParameter("i", issue).setParameter("l", label).getResultStream().findFirst(),
                () -> creator.createAssembledPage(issue.getId(), label, sourcePath));
        return page.isAssembled() ? page : null;
    }

    static <T> T findOrCreate(Supplier<Optional<T>> find, Runnable create) {
        Optional<T> found = find.get();
        if (found.isPresent()) {
            return found.get();
        }
        try {
            create.run();
        } catch (AlreadyCreated raced) {
            // another partition created it first: its row is committed and visible now
            return find.get().orElseThrow(() -> raced);
        }
        return find.get().orElseThrow();
    }
}
