package org.baoku.archive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.baoku.issuefile.IssueMasthead;

/**
 * Finds or creates the issue a page belongs to. A front page names its publication; an inner page
 * usually prints only its date, so it joins the issue of that date whose pages came from the same
 * delivery directory, or else the publication the operator named for the run.
 */
@Dependent
public class IssueResolver {

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Inject
    SharedRows shared;

    /**
     * Looks up, or creates, the issues the chunk's front pages name, all at once: a page at a time, the
     * issues' creation in transactions of their own was the import's largest cost after the inserts.
     */
    public void prepare(Collection<IssueMasthead> mastheads, ChunkRows chunk) {
        Map<String, Set<LocalDate>> datesByTitle = new HashMap<>();
        for (IssueMasthead masthead : mastheads) {
            if (masthead != null && masthead.date() != null && masthead.publication() != null && !masthead.publication().isBlank()) {
                datesByTitle.computeIfAbsent(masthead.publication(), title -> new HashSet<>()).add(masthead.date());
            }
        }
        datesByTitle.forEach((title, dates) -> {
            Publication publication = chunk.publication(title, shared::publication);
            shared.issues(publication, dates).values().forEach(chunk::knowIssue);
        });
    }

    /** @return the issue, or {@code null} when the page does not say enough to know it */
    public Issue resolve(IssueMasthead masthead, String sourcePath, String defaultPublication, ChunkRows chunk) {
        LocalDate date = masthead.date();
        if (date == null) {
            return null;
        }
        String title = masthead.publication();
        if (title == null) {
            Issue sibling = chunk.issueOfDirectory(sourcePath, date);
            if (sibling == null) {
                sibling = issueOfSiblingPage(date, sourcePath);
            }
            if (sibling != null) {
                return sibling;
            }
            title = defaultPublication;
        }
        if (title == null || title.isBlank()) {
            return null;
        }
        Publication publication = chunk.publication(title, shared::publication);
        publication.learn(masthead.publisher(), masthead.sponsor(), masthead.serialNumber());
        Issue issue = chunk.issue(publication, date, shared::issue);
        issue.learn(masthead);
        return issue;
    }

    private Issue issueOfSiblingPage(LocalDate date, String sourcePath) {
        Path parent = Path.of(sourcePath).getParent();
        if (parent == null) {
            return null;
        }
        List<Issue> issues = em.createQuery(
                        "select distinct p.issue from Page p where p.issue.date = :d and p.sourcePath like :dir escape '\\'",
                        Issue.class)
                .setParameter("d", date)
                .setParameter("dir", likePrefix(parent.toString() + "/"))
                .getResultList();
        return issues.size() == 1 ? issues.get(0) : null;
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
