package org.baoku.reading;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.baoku.archive.ArticleContributor;
import org.baoku.archive.ArticleEntity;
import org.baoku.archive.TextRegions;
import org.baoku.archive.Contributor;
import org.baoku.archive.FindingEntity;
import org.baoku.archive.GuideEntryEntity;
import org.baoku.archive.Issue;
import org.baoku.archive.MissingPages;
import org.baoku.archive.Page;
import org.baoku.archive.Publication;
import org.baoku.issuefile.PersonNames;
import org.baoku.reading.Views.ArticleDetail;
import org.baoku.reading.Views.ArticleSource;
import org.baoku.reading.Views.ArticleSummary;
import org.baoku.reading.Views.ArticleView;
import org.baoku.reading.Views.BylineView;
import org.baoku.reading.Views.ContributorSummary;
import org.baoku.reading.Views.ContributorView;
import org.baoku.reading.Views.FindingView;
import org.baoku.reading.Views.GuideView;
import org.baoku.reading.Views.IssueRef;
import org.baoku.reading.Views.IssueSummary;
import org.baoku.reading.Views.IssueView;
import org.baoku.reading.Views.PageRef;
import org.baoku.reading.Views.PageSummary;
import org.baoku.reading.Views.PageView;
import org.baoku.reading.Views.PublicationRef;
import org.baoku.reading.Views.PublicationSummary;
import org.baoku.reading.Views.RevisionView;
import org.baoku.reading.Views.Slice;
import org.baoku.reading.Views.SourceView;

/**
 * Reads the archive for readers, one read-only transaction per call. Lists count and fetch a window;
 * what a view adds up (articles per page, findings per issue) is counted in one grouped query per list,
 * not per row.
 */
@ApplicationScoped
@Transactional
public class ArchiveReader {

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    public Slice<PublicationSummary> publications(int offset, int limit) {
        List<Publication> publications = em.createQuery("select p from Publication p order by p.title, p.id",
                Publication.class).setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createQuery("select count(p) from Publication p", Long.class).getSingleResult();
        Map<Long, Object[]> issues = new HashMap<>();
        if (!publications.isEmpty()) {
            em.createQuery("select i.publication.id, count(i), min(i.date), max(i.date) from Issue i "
                            + "where i.publication.id in :ids group by i.publication.id", Object[].class)
                    .setParameter("ids", publications.stream().map(Publication::getId).toList())
                    .getResultList().forEach(row -> issues.put((Long) row[0], row));
        }
        List<PublicationSummary> items = publications.stream().map(p -> {
            Object[] row = issues.get(p.getId());
            return new PublicationSummary(p.getId(), p.getTitle(), p.getPublisher(), p.getSponsor(),
                    p.getSerialNumber(), row == null ? 0 : (Long) row[1], row == null ? null : (LocalDate) row[2],
                    row == null ? null : (LocalDate) row[3]);
        }).toList();
        return new Slice<>(items, offset, limit, total);
    }

    public Optional<Slice<IssueSummary>> issues(long publicationId, LocalDate from, LocalDate to, int offset,
                                                int limit) {
        if (em.find(Publication.class, publicationId) == null) {
            return Optional.empty();
        }
        String where = " where i.publication.id = :publication"
                + (from == null ? "" : " and i.date >= :from") + (to == null ? "" : " and i.date <= :to");
        TypedQuery<Issue> query = em.createQuery("select i from Issue i" + where + " order by i.date", Issue.class);
        TypedQuery<Long> count = em.createQuery("select count(i) from Issue i" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("publication", publicationId);
            if (from != null) {
                q.setParameter("from", from);
            }
            if (to != null) {
                q.setParameter("to", to);
            }
        }
        List<Issue> issues = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        List<Long> ids = issues.stream().map(Issue::getId).toList();
        Map<Long, Long> pages = issues.isEmpty() ? Map.of() : counts(em.createQuery(
                "select p.issue.id, count(p) from Page p where p.issue.id in :ids and p.superseded = false "
                        + "group by p.issue.id", Object[].class).setParameter("ids", ids).getResultList());
        Map<Long, Long> findings = issues.isEmpty() ? Map.of() : findingsPerIssue(ids);
        List<IssueSummary> items = issues.stream().map(i -> new IssueSummary(i.getId(), i.getDate(),
                i.getIssueNumber(), i.getWeekday(), pages.getOrDefault(i.getId(), 0L), i.getPageCount(),
                findings.getOrDefault(i.getId(), 0L))).toList();
        return Optional.of(new Slice<>(items, offset, limit, count.getSingleResult()));
    }

    public Optional<IssueView> issue(long id) {
        Issue issue = em.find(Issue.class, id);
        if (issue == null) {
            return Optional.empty();
        }
        List<Page> pages = em.createQuery("select p from Page p where p.issue.id = :id and p.superseded = false "
                + "order by p.label, p.id", Page.class).setParameter("id", id).getResultList();
        List<Long> pageIds = pages.stream().map(Page::getId).toList();
        Map<Long, Long> articles = pages.isEmpty() ? Map.of() : counts(em.createQuery("select a.page.id, count(a) "
                + "from Article a where a.page.id in :ids and a.superseded = false group by a.page.id", Object[].class)
                .setParameter("ids", pageIds).getResultList());
        Map<Long, Long> findings = pages.isEmpty() ? Map.of() : counts(em.createQuery("select f.page.id, count(f) "
                + "from Finding f left join f.article a where f.page.id in :ids and f.archiveLevel = false "
                + "and (a is null or a.superseded = false) group by f.page.id",
                Object[].class).setParameter("ids", pageIds).getResultList());
        List<PageSummary> pageViews = pages.stream().map(p -> new PageSummary(p.getId(), p.getLabel(),
                p.getSection(), p.getEditor(), p.getRevision(), articles.getOrDefault(p.getId(), 0L),
                findings.getOrDefault(p.getId(), 0L), p.getStatus().name())).toList();

        Map<String, Long> pageByLabel = new HashMap<>();
        pages.stream().filter(p -> p.getLabel() != null).forEach(p -> pageByLabel.putIfAbsent(p.getLabel(), p.getId()));
        List<GuideView> guide = em.createQuery("select g from GuideEntry g join g.page p where p.issue.id = :id "
                        + "and p.superseded = false order by p.label, g.position", GuideEntryEntity.class)
                .setParameter("id", id).getResultList().stream()
                .map(g -> new GuideView(g.getTitle(), g.getSubtitle(), g.getTargetPage(),
                        g.getTargetPage() == null ? null : pageByLabel.get(g.getTargetPage()), g.getPage().getId()))
                .toList();
        List<String> missing = issue.getPageCount() == null ? List.of()
                : List.copyOf(MissingPages.of(issue.getPageCount(), pageByLabel.keySet()));
        // the archive-level checks' findings and what the issue's METS file says of it
        List<FindingView> archiveFindings = em.createQuery("select f from Finding f where f.issue.id = :id "
                        + "and (f.archiveLevel = true or f.page is null) order by f.id", FindingEntity.class)
                .setParameter("id", id).getResultList().stream().map(ArchiveReader::finding).toList();
        return Optional.of(new IssueView(issue.getId(), publication(issue.getPublication()), issue.getDate(),
                issue.getIssueNumber(), issue.getPageCount(), issue.getWeekday(), issue.getLunarDate(),
                issue.getPresident(), issue.getVolume(), issue.getEdition(), issue.getCataloguePath(), pageViews,
                missing, guide, archiveFindings));
    }

    public Optional<PageView> page(long id) {
        Page page = em.find(Page.class, id);
        if (page == null) {
            return Optional.empty();
        }
        List<ArticleEntity> articles = em.createQuery("select a from Article a where a.page.id = :id "
                + "and a.superseded = false order by a.orderOnPage", ArticleEntity.class).setParameter("id", id)
                .getResultList();
        Map<Long, List<ContributorView>> contributors = contributorsOfPage(id);
        List<FindingView> findings = em.createQuery("select f from Finding f left join f.article a "
                        + "where f.page.id = :id and f.archiveLevel = false and (a is null or a.superseded = false) "
                        + "order by f.id", FindingEntity.class)
                .setParameter("id", id).getResultList().stream().map(ArchiveReader::finding).toList();
        List<RevisionView> revisions = em.createQuery("select p from Page p where p.sourcePath = :path "
                        + "order by p.revision", Page.class)
                .setParameter("path", page.getSourcePath()).getResultList().stream()
                .map(p -> new RevisionView(p.getId(), p.getRevision(), p.isSuperseded(), p.getSha256(),
                        p.getImportedAt()))
                .toList();
        return Optional.of(new PageView(page.getId(), issueRef(page.getIssue()), page.getLabel(), page.getSection(),
                page.getEditor(), page.getRevision(), page.isSuperseded(), page.getStatus().name(),
                page.getLayout().name(), new SourceView(page.getSourcePath(), page.getSha256(), page.getEncoding(), page.getSizeBytes(),
                        page.getImportedAt()),
                articles.stream().map(a -> article(a, contributors.getOrDefault(a.getId(), List.of()))).toList(),
                findings, revisions));
    }

    public Optional<ArticleDetail> article(long id) {
        ArticleEntity article = em.find(ArticleEntity.class, id);
        if (article == null) {
            return Optional.empty();
        }
        Page page = article.getPage();
        List<ContributorView> contributors = contributorsOfPage(page.getId()).getOrDefault(id, List.of());
        StoryStitcher.Part self = part(article.getId(), page.getId(), page.getLabel(), article.getHeadline(),
                article.getBody(), article.getContinuedTo(), article.getContinuedFrom(), article.getJumpKey());
        Views.Story story = null;
        if (article.getContinuedTo() != null || article.getContinuedFrom() != null) {
            List<StoryStitcher.Part> parts = em.createQuery("select a.id, p.id, p.label, a.headline, a.body, "
                            + "a.continuedTo, a.continuedFrom, a.jumpKey from Article a join a.page p "
                            + "where p.issue.id = :issue and (p.superseded = false or p.id = :page) "
                            + "and (a.superseded = false or a.id = :self) "
                            + "and (a.continuedTo is not null or a.continuedFrom is not null) "
                            + "order by p.label, a.orderOnPage", Object[].class)
                    .setParameter("issue", page.getIssue().getId()).setParameter("page", page.getId())
                    .setParameter("self", id)
                    .getResultList().stream()
                    .map(r -> part((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                            (String) r[5], (String) r[6], (String) r[7]))
                    .filter(p -> p.articleId() != id)
                    .toList();
            story = StoryStitcher.stitch(self, parts).orElse(null);
        }
        ArticleView view = article(article, contributors);
        return Optional.of(new ArticleDetail(view.id(), view.order(), view.column(), view.kicker(), view.headline(),
                view.subtitle(), view.byline(), view.body(), view.continuedTo(), view.continuedFrom(),
                view.jumpKey(), view.source(), view.regions(), new PageRef(page.getId(), page.getLabel(), page.isSuperseded()),
                issueRef(page.getIssue()), story));
    }

    public Slice<ContributorSummary> contributors(String name, int offset, int limit) {
        String pattern = name == null || name.isBlank() ? "%"
                : "%" + PersonNames.compact(name).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        List<Object[]> rows = em.createQuery("select c.id, c.name from Contributor c where c.name like :pattern "
                        + "escape '\\' order by c.name, c.id", Object[].class)
                .setParameter("pattern", pattern).setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createQuery("select count(c) from Contributor c where c.name like :pattern escape '\\'",
                Long.class).setParameter("pattern", pattern).getSingleResult();
        Map<Long, Long> articles = rows.isEmpty() ? Map.of() : counts(em.createQuery("select ac.contributor.id, "
                        + "count(ac) from ArticleContributor ac where ac.contributor.id in :ids "
                        + "and ac.article.page.superseded = false and ac.article.superseded = false "
                        + "group by ac.contributor.id", Object[].class)
                .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList()).getResultList());
        return new Slice<>(rows.stream().map(r -> new ContributorSummary((Long) r[0], (String) r[1],
                articles.getOrDefault((Long) r[0], 0L))).toList(), offset, limit, total);
    }

    public Optional<Slice<ArticleSummary>> articlesOf(long contributorId, int offset, int limit) {
        if (em.find(Contributor.class, contributorId) == null) {
            return Optional.empty();
        }
        String from = " from ArticleContributor ac join ac.article a join a.page p join p.issue i "
                + "join i.publication pub where ac.contributor.id = :id and p.superseded = false "
                + "and a.superseded = false";
        List<ArticleSummary> items = em.createQuery("select a.id, a.headline, i.date, pub.id, pub.title, p.id, "
                        + "p.label, i.id" + from + " order by i.date desc, a.id", Object[].class)
                .setParameter("id", contributorId).setFirstResult(offset).setMaxResults(limit).getResultList()
                .stream().map(r -> new ArticleSummary((Long) r[0], (String) r[1], (LocalDate) r[2],
                        new PublicationRef((Long) r[3], (String) r[4]), (Long) r[5], (String) r[6], (Long) r[7]))
                .toList();
        long total = em.createQuery("select count(ac)" + from, Long.class).setParameter("id", contributorId)
                .getSingleResult();
        return Optional.of(new Slice<>(items, offset, limit, total));
    }

    private Map<Long, Long> findingsPerIssue(List<Long> issueIds) {
        Map<Long, Long> findings = new HashMap<>(counts(em.createQuery("select p.issue.id, count(f) from Finding f "
                + "join f.page p left join f.article a where p.issue.id in :ids and p.superseded = false "
                + "and f.archiveLevel = false and (a is null or a.superseded = false) group by p.issue.id", Object[].class).setParameter("ids", issueIds).getResultList()));
        counts(em.createQuery("select f.issue.id, count(f) from Finding f where f.issue.id in :ids "
                + "and (f.archiveLevel = true or f.page is null) group by f.issue.id", Object[].class)
                .setParameter("ids", issueIds).getResultList())
                .forEach((issue, count) -> findings.merge(issue, count, Long::sum));
        return findings;
    }

    private Map<Long, List<ContributorView>> contributorsOfPage(long pageId) {
        return em.createQuery("select ac from ArticleContributor ac join fetch ac.contributor "
                        + "where ac.article.page.id = :id order by ac.article.id, ac.position", ArticleContributor.class)
                .setParameter("id", pageId).getResultList().stream()
                .collect(Collectors.groupingBy(ac -> ac.getArticle().getId(), LinkedHashMap::new,
                        Collectors.mapping(ac -> new ContributorView(ac.getContributor().getId(),
                                ac.getContributor().getName(), ac.getRole().name()), Collectors.toList())));
    }

    private static ArticleView article(ArticleEntity a, List<ContributorView> contributors) {
        return new ArticleView(a.getId(), a.getOrderOnPage(), a.getColumn(), a.getKicker(), a.getHeadline(),
                a.getSubtitle(), new BylineView(a.getBylineType() == null ? null : a.getBylineType().name(),
                a.getBylineAgency(), a.getBylinePlace(), a.getBylineDate(), contributors),
                a.getBody(), a.getContinuedTo(), a.getContinuedFrom(), a.getJumpKey(),
                a.getSourcePath() == null ? null : new ArticleSource(a.getNumber(), a.getSourcePath(), a.getSha256(),
                        a.getRevision(), a.isSuperseded()),
                TextRegions.parse(a.getRegions()));
    }

    private static FindingView finding(FindingEntity f) {
        return new FindingView(f.getId(), f.getSeverity().name(), f.getCode(), f.getLine(), f.getMessage(),
                f.getPage() == null ? null : f.getPage().getId(),
                f.getArticle() == null ? null : f.getArticle().getId());
    }

    private static StoryStitcher.Part part(long articleId, long pageId, String label, String headline, String body,
                                           String to, String from, String jumpKey) {
        return new StoryStitcher.Part(articleId, pageId, label, headline, body, to, from, jumpKey);
    }

    private static IssueRef issueRef(Issue issue) {
        return new IssueRef(issue.getId(), issue.getDate(), publication(issue.getPublication()));
    }

    private static PublicationRef publication(Publication p) {
        return new PublicationRef(p.getId(), p.getTitle());
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }
}
