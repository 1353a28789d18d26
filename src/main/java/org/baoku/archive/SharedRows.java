package org.baoku.archive;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Finds a shared row in the caller's transaction, or creates it through {@link ReferenceRows} and
 * finds it then. A unique-key race with another partition is settled by looking again.
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

    public Contributor contributor(String name) {
        return findOrCreate(() -> em.createQuery("select c from Contributor c where c.name = :n", Contributor.class)
                .setParameter("n", name).getResultStream().findFirst(), () -> creator.createContributor(name));
    }

    private static <T> T findOrCreate(Supplier<Optional<T>> find, Runnable create) {
        Optional<T> found = find.get();
        if (found.isPresent()) {
            return found.get();
        }
        try {
            create.run();
        } catch (RuntimeException raced) {
            // another partition created it first: its row is committed and visible now
            return find.get().orElseThrow(() -> raced);
        }
        return find.get().orElseThrow();
    }
}
