package org.baoku.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Byline;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.GuideEntry;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Source;

/**
 * Writes readings into the archive, inside the caller's transaction (the import job's chunk). Every
 * file handed in ends as exactly one {@link ImportRecord}.
 */
@Dependent
public class PageArchive {

    static final String UNKNOWN_ISSUE = "UNKNOWN_ISSUE";
    static final String PAGE_EXISTS = "PAGE_EXISTS";

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Inject
    IssueResolver issues;

    /** Whether the archive already holds a page read from exactly this content. */
    public boolean holds(String sha256) {
        return !em.createQuery("select p.id from Page p where p.sha256 = :sha", Long.class)
                .setParameter("sha", sha256)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public void recordUnchanged(long executionId, Source source) {
        record(executionId, source, ImportOutcome.UNCHANGED, null, null);
    }

    /**
     * Stores one reading: a rejected one only as its import record, an accepted one as page, articles,
     * contributors, guide entries and findings.
     */
    public ImportOutcome store(long executionId, ParseResult reading, String defaultPublication, ContributorCache contributors) {
        Source source = reading.source();
        if (reading.rejected()) {
            Finding reason = reading.rejectionReason();
            return record(executionId, source, ImportOutcome.REJECTED,
                    reason == null ? "REJECTED" : reason.code() + ": " + reason.message(), null);
        }
        Issue issue = issues.resolve(reading.issue(), source.path(), defaultPublication);
        if (issue == null) {
            return record(executionId, source, ImportOutcome.REJECTED, UNKNOWN_ISSUE
                    + ": the page prints no date or publication, and no front page of its directory or job "
                    + "parameter 'publication' names it", null);
        }
        PageHeader header = reading.page();
        Page existing = pageAt(issue, header.label());
        if (existing != null) {
            return record(executionId, source, ImportOutcome.REJECTED, PAGE_EXISTS + ": page " + header.label()
                    + " of " + issue.getPublication().getTitle() + " " + issue.getDate()
                    + " is already in the archive, read from " + existing.getSourcePath(), null);
        }
        Page page = new Page(issue, header.label(), header.section(), header.editor(), source.path(), source.sha256(),
                source.encoding(), source.bytes(), reading.status(), Instant.now());
        em.persist(page);
        List<ArticleEntity> articles = storeArticles(page, reading.articles(), contributors);
        storeGuide(page, reading.guide());
        storeFindings(page, articles, reading.findings());
        ImportOutcome outcome = reading.status() == ParseStatus.ACCEPTED
                ? ImportOutcome.IMPORTED : ImportOutcome.IMPORTED_WITH_WARNINGS;
        return record(executionId, source, outcome, null, page);
    }

    private Page pageAt(Issue issue, String label) {
        if (label == null || issue.getId() == null) {
            return null;
        }
        return em.createQuery("select p from Page p where p.issue = :i and p.label = :l", Page.class)
                .setParameter("i", issue)
                .setParameter("l", label)
                .getResultStream().findFirst().orElse(null);
    }

    private List<ArticleEntity> storeArticles(Page page, List<Article> articles, ContributorCache contributors) {
        List<ArticleEntity> stored = new ArrayList<>(articles.size());
        for (Article article : articles) {
            ArticleEntity entity = new ArticleEntity(page, stored.size() + 1);
            entity.setDisplay(article.column(), article.kicker(), article.headline(), article.subtitle());
            entity.setText(String.join("\n\n", article.paragraphs()), article.continuedTo(),
                    article.continuedFrom(), article.jumpKey());
            Byline byline = article.byline();
            if (byline != null) {
                entity.setByline(byline.type(), byline.agency(), byline.place(), byline.date());
                for (String reporter : byline.reporters()) {
                    entity.addContributor(contributors.named(reporter), ContributorRole.REPORTER);
                }
            }
            em.persist(entity);
            stored.add(entity);
        }
        return stored;
    }

    private void storeGuide(Page page, List<GuideEntry> guide) {
        int position = 0;
        for (GuideEntry entry : guide) {
            em.persist(new GuideEntryEntity(page, ++position, entry.title(), entry.subtitle(), entry.page()));
        }
    }

    private void storeFindings(Page page, List<ArticleEntity> articles, List<Finding> findings) {
        for (Finding finding : findings) {
            Integer index = finding.article();
            ArticleEntity article = index != null && index >= 0 && index < articles.size() ? articles.get(index) : null;
            em.persist(new FindingEntity(page, article, finding.severity(), finding.code(), finding.line(),
                    truncate(finding.message(), 2000)));
        }
    }

    private ImportOutcome record(long executionId, Source source, ImportOutcome outcome, String reason, Page page) {
        em.persist(new ImportRecord(executionId, source.path(), source.sha256(), outcome, truncate(reason, 2000), page,
                Instant.now()));
        return outcome;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** One chunk's contributors by name, so a name is looked up once per chunk rather than per byline. */
    public final class ContributorCache {
        private final Map<String, Contributor> byName = new HashMap<>();

        Contributor named(String name) {
            return byName.computeIfAbsent(name, n -> em
                    .createQuery("select c from Contributor c where c.name = :n", Contributor.class)
                    .setParameter("n", n)
                    .getResultStream().findFirst()
                    .orElseGet(() -> {
                        Contributor created = new Contributor(n);
                        em.persist(created);
                        return created;
                    }));
        }
    }

    public ContributorCache newContributorCache() {
        return new ContributorCache();
    }
}
