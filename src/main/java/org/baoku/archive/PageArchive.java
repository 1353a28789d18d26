package org.baoku.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.Layout;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Severity;
import org.baoku.issuefile.Source;

/**
 * Writes readings into the archive, inside the caller's transaction (the import job's chunk). Every
 * manifest entry ends as exactly one {@link ImportRecord}; the unique constraints of the schema are
 * the last guard, not the first.
 */
@Dependent
public class PageArchive {

    static final String UNKNOWN_ISSUE = "UNKNOWN_ISSUE";
    static final String DUPLICATE_PAGE = "DUPLICATE_PAGE";
    static final String NO_PAGE_LABEL = "NO_PAGE_LABEL";

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Inject
    IssueResolver issues;

    @Inject
    SharedRows shared;

    /**
     * Starts a chunk of files: looks up, in one query, the current pages already read from their paths
     * (a path delivered again with new content becomes a new revision of its page), and the issues
     * the chunk's front pages name.
     */
    public ChunkRows beginChunk(Collection<String> sourcePaths, Collection<IssueMasthead> mastheads,
                                KnownContributors knownContributors) {
        Map<String, Page> current = new HashMap<>();
        if (!sourcePaths.isEmpty()) {
            em.createQuery("select p from Page p where p.sourcePath in :paths and p.superseded = false", Page.class)
                    .setParameter("paths", sourcePaths)
                    .getResultList()
                    .forEach(page -> current.put(page.getSourcePath(), page));
        }
        ChunkRows chunk = new ChunkRows(current, knownContributors);
        issues.prepare(mastheads, chunk);
        return chunk;
    }

    /**
     * Writes what the chunk has stored: changes to shared rows through the persistence context, then the
     * new rows through a stateless session on the same transaction.
     */
    public void completeChunk(ChunkRows chunk) {
        em.flush();
        if (chunk.inserts().isEmpty()) {
            return;
        }
        StatelessInserts.insert(em, chunk.inserts()::insert);
    }

    /** Records a file whose content the archive already holds (from {@code knownPath}). */
    public void recordUnchanged(ImportRun run, ManifestItem file, String knownPath) {
        String reason = knownPath.equals(file.path()) ? null
                : DUPLICATE_PAGE + ": the same content was imported from " + knownPath;
        record(run, file, ImportOutcome.UNCHANGED, reason, null);
    }

    public StoreResult recordRejected(ImportRun run, ManifestItem file, String reason) {
        record(run, file, ImportOutcome.REJECTED, reason, null);
        return new StoreResult(ImportOutcome.REJECTED, reason);
    }

    /**
     * Stores an accepted reading as page, articles, contributors, guide entries and findings. A path
     * already imported with other content becomes a new revision of its page; another file claiming a
     * page the archive already has is rejected as {@code DUPLICATE_PAGE}.
     */
    public StoreResult store(ImportRun run, ManifestItem file, ParseResult reading, String defaultPublication,
                             ChunkRows chunk) {
        if (reading.rejected()) {
            Finding reason = reading.rejectionReason();
            return recordRejected(run, file, chunk, reason == null ? "REJECTED" : reason.code() + ": " + reason.message());
        }
        Layout layout = reading.source().layout() == null ? Layout.PAGE_TEXT : reading.source().layout();
        return switch (layout) {
            case METS -> storeCatalogue(run, file, reading, defaultPublication, chunk);
            case ARTICLE_TEXT -> storeArticleFile(run, file, reading, defaultPublication, chunk);
            case PAGE_TEXT, ALTO -> storePage(run, file, reading, layout, defaultPublication, chunk);
        };
    }

    private StoreResult storePage(ImportRun run, ManifestItem file, ParseResult reading, Layout layout,
                                  String defaultPublication, ChunkRows chunk) {
        Issue issue = issues.resolve(reading.issue(), file.path(), publicationFor(reading, defaultPublication), chunk);
        if (issue == null) {
            return recordRejected(run, file, chunk, UNKNOWN_ISSUE + ": the page prints no date or publication, and neither "
                    + "a front page of its directory nor the job parameter 'publication' names it");
        }
        PageHeader header = reading.page();
        if (header.label() == null || header.label().isBlank()) {
            // a page without a label has no place in its issue: two of them would both be "the" page
            return recordRejected(run, file, chunk, NO_PAGE_LABEL + ": the page prints no page label (no page header, "
                    + "and it is no front page), so it has no place in " + issue.getPublication().getTitle() + " "
                    + issue.getDate());
        }
        Page previous = chunk.currentPageFrom(file.path());
        Page claimant = chunk.currentPageAt(issue, header.label(), this::currentPagesOf);
        if (claimant != null && claimant != previous) {
            return recordRejected(run, file, chunk, DUPLICATE_PAGE + ": page " + header.label() + " of "
                    + issue.getPublication().getTitle() + " " + issue.getDate() + " is already in the archive, read from "
                    + claimant.getSourcePath() + " (imported " + claimant.getImportedAt() + importedBy(claimant) + ")");
        }
        String sibling = chunk.claim(issue, header.label(), file.path());
        if (sibling != null) {
            return recordRejected(run, file, chunk, DUPLICATE_PAGE + ": page " + header.label() + " of "
                    + issue.getPublication().getTitle() + " " + issue.getDate() + " is read in this run from " + sibling);
        }
        Source source = reading.source();
        Page page = new Page(issue, header.label(), header.section(), header.editor(), file.path(), source.sha256(),
                source.encoding(), source.bytes(), reading.status(), Instant.now()).readAs(layout);
        if (previous != null) {
            // flushed with the chunk's shared rows, before the new revision joins the unique (issue, label, revision)
            previous.supersedeWith(page);
            chunk.superseded(previous);
        }
        ChunkInserts rows = chunk.inserts();
        rows.add(page);
        List<ArticleEntity> articles = storeArticles(page, reading.articles(), chunk);
        storeGuide(page, reading.guide(), rows);
        storeFindings(page, articles, reading.findings(), rows);
        ImportOutcome outcome = outcomeOf(reading);
        rows.add(newRecord(run, file, outcome, null, page));
        return new StoreResult(outcome, null);
    }

    /**
     * Adds the article of an article file to the page of its issue and number, which the first article
     * of that page creates. An article file delivered again with new content (by the same name, in any
     * folder) supersedes the article of the same number on that page.
     */
    private StoreResult storeArticleFile(ImportRun run, ManifestItem file, ParseResult reading,
                                         String defaultPublication, ChunkRows chunk) {
        Issue issue = issues.resolve(reading.issue(), file.path(), defaultPublication, chunk);
        if (issue == null) {
            return recordRejected(run, file, chunk, UNKNOWN_ISSUE + ": the article file names its date, but neither a "
                    + "delivery.properties above it nor the job parameter 'publication' names its newspaper");
        }
        String label = reading.page().label();
        Page page = chunk.assembledPage(issue, label,
                (i, l) -> shared.assembledPage(i, l, ArticleFiles.pageSourcePath(file.path())));
        if (page == null) {
            return recordRejected(run, file, chunk, DUPLICATE_PAGE + ": page " + label + " of "
                    + issue.getPublication().getTitle() + " " + issue.getDate()
                    + " is already in the archive, read from a page file; an article file cannot add to it");
        }
        Article article = reading.articles().get(0);
        int number = article.number() != null ? article.number() : 0;
        ArticleEntity previous = chunk.currentArticle(page, number, this::currentArticleAt);
        List<ArticleEntity> stored = storeArticles(page, List.of(article), chunk);
        ArticleEntity entity = stored.get(0);
        entity.setSourceFile(file.path(), reading.source().sha256(), article.number());
        if (previous != null) {
            supersede(previous, entity);
            chunk.superseded(previous);
        }
        chunk.storedArticle(page, number, entity);
        // the file's page-level findings concern its one article, and go when a new revision replaces it
        List<Finding> findings = reading.findings().stream()
                .map(f -> f.article() == null ? f.onArticle(0) : f).toList();
        storeFindings(page, stored, findings, chunk.inserts());
        ImportOutcome outcome = outcomeOf(reading);
        chunk.inserts().add(newRecord(run, file, outcome, null, page));
        return new StoreResult(outcome, null);
    }

    private ArticleEntity currentArticleAt(Page page, int number) {
        return em.createQuery("select a from Article a where a.page = :p and a.number = :n and a.superseded = false",
                        ArticleEntity.class)
                .setParameter("p", page).setParameter("n", number)
                .getResultStream().findFirst().orElse(null);
    }

    private void supersede(ArticleEntity previous, ArticleEntity next) {
        previous.supersedeWith(next);
        if (previous.getId() != null) {
            // an article row is written once (@Immutable): its one change, being superseded, goes by statement
            em.createNativeQuery("update article set superseded = true where id = ?")
                    .setParameter(1, previous.getId()).executeUpdate();
        }
    }

    /**
     * Describes an issue by its METS file: creates it where the archive has none, takes its catalogue
     * fields, and replaces what an earlier version of the file said about the issue (its findings). A
     * NDNP batch file, which describes a delivery rather than an issue, leaves only its import record.
     */
    private StoreResult storeCatalogue(ImportRun run, ManifestItem file, ParseResult reading,
                                       String defaultPublication, ChunkRows chunk) {
        ImportOutcome outcome = outcomeOf(reading);
        String warnings = reading.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.code() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse(null);
        if (reading.issue().date() == null) {
            chunk.inserts().add(newRecord(run, file, outcome, warnings, null));
            return new StoreResult(outcome, null);
        }
        Issue issue = issues.resolve(reading.issue(), file.path(), publicationFor(reading, defaultPublication), chunk);
        if (issue == null) {
            return recordRejected(run, file, chunk, UNKNOWN_ISSUE + ": the METS file names no title, and the job "
                    + "parameter 'publication' names no newspaper");
        }
        issue.describeBy(reading.issue(), file.path(), reading.source().sha256());
        em.createQuery("delete from Finding f where f.issue = :i and f.page is null and f.archiveLevel = false")
                .setParameter("i", issue).executeUpdate();
        for (Finding finding : reading.findings()) {
            chunk.inserts().add(FindingEntity.fromCatalogue(issue, finding.severity(), finding.code(),
                    truncate(finding.message(), 2000)));
        }
        chunk.inserts().add(newRecord(run, file, outcome, warnings, null));
        return new StoreResult(outcome, null);
    }

    /**
     * The newspaper of a reading that does not name one: the job's {@code publication}, else for a METS
     * delivery the title's catalogue identifier (an NDNP issue names its paper only by LCCN).
     */
    private static String publicationFor(ParseResult reading, String defaultPublication) {
        Layout layout = reading.source().layout();
        boolean catalogued = layout == Layout.ALTO || layout == Layout.METS;
        return defaultPublication == null && catalogued ? reading.issue().serialNumber() : defaultPublication;
    }

    private static ImportOutcome outcomeOf(ParseResult reading) {
        return reading.status() == ParseStatus.ACCEPTED ? ImportOutcome.IMPORTED : ImportOutcome.IMPORTED_WITH_WARNINGS;
    }

    private StoreResult recordRejected(ImportRun run, ManifestItem file, ChunkRows chunk, String reason) {
        chunk.inserts().add(newRecord(run, file, ImportOutcome.REJECTED, reason, null));
        return new StoreResult(ImportOutcome.REJECTED, reason);
    }

    /** The current pages of an issue by label. */
    /** @return " by execution N" of the run that imported the page, or nothing when that is not recorded */
    private String importedBy(Page page) {
        if (page.getId() == null) {
            return ""; // created in this chunk: the sibling message names the file
        }
        return em.createQuery("select r.executionId from ImportRecord r where r.page = :p order by r.id", Long.class)
                .setParameter("p", page).setMaxResults(1).getResultStream().findFirst()
                .map(execution -> " by execution " + execution).orElse("");
    }

    private Map<String, Page> currentPagesOf(Issue issue) {
        Map<String, Page> pages = new HashMap<>();
        em.createQuery("select p from Page p where p.issue = :i and p.label is not null and p.superseded = false",
                        Page.class)
                .setParameter("i", issue)
                .getResultList()
                .forEach(page -> pages.put(page.getLabel(), page));
        return pages;
    }

    private List<ArticleEntity> storeArticles(Page page, List<Article> articles, ChunkRows chunk) {
        List<ArticleEntity> stored = new ArrayList<>(articles.size());
        for (Article article : articles) {
            // articles of article files keep their delivered number as their place on the page
            ArticleEntity entity = new ArticleEntity(page, article.number() != null ? article.number() : stored.size() + 1);
            entity.setDisplay(article.column(), article.kicker(), article.headline(), article.subtitle());
            entity.setText(String.join("\n\n", article.paragraphs()), article.continuedTo(),
                    article.continuedFrom(), article.jumpKey());
            entity.setRegions(TextRegions.compact(article.regions()));
            Byline byline = article.byline();
            if (byline != null) {
                entity.setByline(byline.type(), byline.agency(), byline.place(), byline.date());
                for (String reporter : byline.reporters()) {
                    entity.addContributor(chunk.contributor(reporter, shared::contributor), ContributorRole.REPORTER);
                }
            }
            chunk.inserts().add(entity);
            stored.add(entity);
        }
        return stored;
    }

    private static void storeGuide(Page page, List<GuideEntry> guide, ChunkInserts rows) {
        int position = 0;
        for (GuideEntry entry : guide) {
            rows.add(new GuideEntryEntity(page, ++position, entry.title(), entry.subtitle(), entry.page()));
        }
    }

    private static void storeFindings(Page page, List<ArticleEntity> articles, List<Finding> findings, ChunkInserts rows) {
        for (Finding finding : findings) {
            Integer index = finding.article();
            ArticleEntity article = index != null && index >= 0 && index < articles.size() ? articles.get(index) : null;
            rows.add(new FindingEntity(page, article, finding.severity(), finding.code(), finding.line(),
                    truncate(finding.message(), 2000)));
        }
    }

    private void record(ImportRun run, ManifestItem file, ImportOutcome outcome, String reason, Page page) {
        em.persist(newRecord(run, file, outcome, reason, page));
    }

    private static ImportRecord newRecord(ImportRun run, ManifestItem file, ImportOutcome outcome, String reason,
                                          Page page) {
        return new ImportRecord(run, file, outcome, truncate(reason, 2000), page, Instant.now());
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
