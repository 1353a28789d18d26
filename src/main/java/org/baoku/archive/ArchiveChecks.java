package org.baoku.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import org.baoku.archive.DanglingContinuations.ContinuedHalf;
import org.baoku.archive.IssueNumberGaps.Gap;
import org.baoku.archive.IssueNumberGaps.NumberedIssue;
import org.baoku.issuefile.Layout;
import org.baoku.issuefile.Severity;

/**
 * Checks that need more than one file: pages missing from an issue, articles missing from a page
 * assembled from article files, continued articles whose other half is missing, and gaps in a
 * publication's running issue numbers. They describe the archive as it is
 * after a run, at a cost proportional to what the run touched rather than to the archive:
 * <ul>
 * <li>missing pages and dangling continuations depend on one issue's pages only, so they are recomputed
 * (deleted and written again) for the issues of the pages the run imported, and no others;</li>
 * <li>a gap depends on the issues either side of it, and a run can close a gap beside an issue it did not
 * touch, so gaps are recomputed over the whole of each publication the run touched, from one light query
 * of its numbered issues, and only the gap findings that changed are written or deleted.</li>
 * </ul>
 * Running the checks again for the same run changes nothing.
 */
@Dependent
public class ArchiveChecks {

    public static final String ISSUE_NUMBER_GAP = "ISSUE_NUMBER_GAP";
    public static final String MISSING_PAGES = "MISSING_PAGES";
    public static final String DANGLING_CONTINUATION = "DANGLING_CONTINUATION";
    public static final String MISSING_ARTICLES = "MISSING_ARTICLES";

    /** The checks that look at one issue at a time. */
    private static final List<String> ISSUE_CODES = List.of(MISSING_PAGES, DANGLING_CONTINUATION, MISSING_ARTICLES);

    /**
     * The issues of the pages a run imported, as a subquery: the statements below join against the run's
     * import records rather than carry lists of ids (tens of thousands of issues in a big run). Files the
     * run found unchanged or rejected point to no page and touch nothing.
     */
    private static final String ISSUES_OF_RUN =
            "select rp.issue.id from ImportRecord r join r.page rp where r.jobInstanceId = :run";

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    /**
     * Runs in a transaction of its own with a long timeout: a delivery of decades of a publication touches
     * tens of thousands of issues, and a run must not fail at the end over its checks (the server's default
     * of 300 s was passed at 100,000 files when the checks still read whole publications).
     */
    static final int TIMEOUT_SECONDS = 3600;

    @Resource
    UserTransaction transaction;

    public ArchiveCheckResult checkRun(long jobInstanceId) throws Exception {
        transaction.setTransactionTimeout(TIMEOUT_SECONDS);
        transaction.begin();
        try {
            ArchiveCheckResult result = check(jobInstanceId);
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        } finally {
            transaction.setTransactionTimeout(0);
        }
    }

    private ArchiveCheckResult check(long run) {
        // reads only until the findings are written at the end: no flush before each query
        em.setFlushMode(FlushModeType.COMMIT);
        Map<Long, IssueOfRun> issues = issuesOfRun(run);
        if (issues.isEmpty()) {
            return ArchiveCheckResult.NOTHING_TOUCHED;
        }
        List<Long> relabelled = normaliseFrontPageLabels(run);
        int issueFindings = replaceIssueFindings(run, issues);
        Map<Long, String> publications = issues.values().stream()
                .collect(Collectors.toMap(IssueOfRun::publicationId, IssueOfRun::title, (a, b) -> a, LinkedHashMap::new));
        int gapsOnIssuesOfRun = 0;
        int added = 0;
        int removed = 0;
        for (Map.Entry<Long, String> publication : publications.entrySet()) {
            List<Gap> gaps = IssueNumberGaps.in(publication.getValue(), numberedIssues(publication.getKey()));
            ChangedFindings<FindingEntity, Gap> changes = ChangedFindings.between(gaps,
                    recordedGaps(publication.getKey()), f -> new Gap(f.getIssue().getId(), f.getMessage()));
            changes.stale().forEach(em::remove);
            changes.missing().forEach(gap -> em.persist(FindingEntity.onIssue(em.getReference(Issue.class, gap.issueId()),
                    null, null, Severity.WARNING, ISSUE_NUMBER_GAP, gap.message())));
            gapsOnIssuesOfRun += (int) gaps.stream().filter(gap -> issues.containsKey(gap.issueId())).count();
            added += changes.missing().size();
            removed += changes.stale().size();
        }
        return new ArchiveCheckResult(issues.size(), issueFindings + gapsOnIssuesOfRun, added, removed, relabelled);
    }

    /** What the checks need of an issue the run touched, read in one query over the run's import records. */
    private record IssueOfRun(long id, LocalDate date, Integer pageCount, long publicationId, String title,
                              boolean catalogued) {
    }

    private Map<Long, IssueOfRun> issuesOfRun(long run) {
        Map<Long, IssueOfRun> issues = new LinkedHashMap<>();
        em.createQuery("select distinct i.id, i.date, i.pageCount, pub.id, pub.title, i.cataloguePath "
                        + "from ImportRecord r "
                        + "join r.page p join p.issue i join i.publication pub where r.jobInstanceId = :run", Object[].class)
                .setParameter("run", run).getResultList()
                .forEach(row -> issues.put((Long) row[0],
                        new IssueOfRun((Long) row[0], (LocalDate) row[1], (Integer) row[2], (Long) row[3], (String) row[4],
                                row[5] != null)));
        return issues;
    }

    /** Deletes and writes again the run's issues' missing-page and dangling-continuation findings. */
    private int replaceIssueFindings(long run, Map<Long, IssueOfRun> issues) {
        em.createQuery("delete from Finding f where f.archiveLevel = true and f.code in :codes "
                        + "and f.issue.id in (" + ISSUES_OF_RUN + ")")
                .setParameter("codes", ISSUE_CODES).setParameter("run", run).executeUpdate();
        List<FindingEntity> findings = new ArrayList<>();
        Map<Long, List<String>> labels = labelsOfIssues(run);
        Map<Long, List<ContinuedHalf>> continued = continuedHalvesOfIssues(run);
        Map<Long, Map<AssembledPage, List<Integer>>> assembled = assembledPagesOfIssues(run);
        for (IssueOfRun issue : issues.values()) {
            if (issue.pageCount() != null) {
                SortedSet<String> missing = MissingPages.of(issue.pageCount(), labels.getOrDefault(issue.id(), List.of()));
                if (!missing.isEmpty()) {
                    findings.add(FindingEntity.onIssue(em.getReference(Issue.class, issue.id()), null, null,
                            Severity.WARNING, MISSING_PAGES, issue.title() + " " + issue.date()
                                    + (issue.catalogued() ? " has " + issue.pageCount() + " pages in its METS file"
                                    : " prints 今日" + issue.pageCount() + "版") + "; the archive lacks "
                                    + String.join(", ", missing)));
                }
            }
            for (DanglingContinuations.Dangling dangling
                    : DanglingContinuations.among(continued.getOrDefault(issue.id(), List.of()))) {
                ContinuedHalf half = dangling.half();
                findings.add(FindingEntity.onIssue(em.getReference(Issue.class, issue.id()),
                        em.getReference(Page.class, half.pageId()), em.getReference(ArticleEntity.class, half.articleId()),
                        Severity.WARNING, DANGLING_CONTINUATION, issue.date() + " " + half.pageLabel() + ": "
                                + half.name() + " " + dangling.what()));
            }
            assembled.getOrDefault(issue.id(), Map.of()).forEach((page, numbers) -> {
                SortedSet<Integer> missing = MissingArticles.of(numbers);
                if (!missing.isEmpty()) {
                    findings.add(FindingEntity.onIssue(em.getReference(Issue.class, issue.id()),
                            em.getReference(Page.class, page.id()), null, Severity.WARNING, MISSING_ARTICLES,
                            issue.title() + " " + issue.date() + " page " + page.label() + ": the delivery numbers "
                                    + "its articles up to " + numbers.stream().mapToInt(Integer::intValue).max().orElse(0)
                                    + "; the archive lacks article " + missing.stream().map(String::valueOf)
                                    .collect(Collectors.joining(", "))));
                }
            });
        }
        findings.forEach(em::persist);
        return findings.size();
    }

    /**
     * Gives the front page of each issue the run touched the labelling scheme of its other pages
     * ({@link FrontPageLabels}), before the checks compare labels; the ids of the pages relabelled.
     */
    private List<Long> normaliseFrontPageLabels(long run) {
        Map<Long, Map<Long, String>> labels = new HashMap<>();
        em.createQuery("select p.issue.id, p.id, p.label from Page p where p.superseded = false and p.label is not null "
                        + "and p.issue.id in (" + ISSUES_OF_RUN + ")", Object[].class)
                .setParameter("run", run).getResultList()
                .forEach(row -> labels.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Long) row[1], (String) row[2]));
        List<Long> relabelled = new ArrayList<>();
        for (Map<Long, String> issue : labels.values()) {
            FrontPageLabels.relabel(issue).forEach((pageId, label) -> {
                em.createQuery("update Page p set p.label = :label where p.id = :id")
                        .setParameter("label", label).setParameter("id", pageId).executeUpdate();
                relabelled.add(pageId);
            });
        }
        return relabelled;
    }

    /** The labels of the current pages of the run's issues, by issue. */
    private Map<Long, List<String>> labelsOfIssues(long run) {
        Map<Long, List<String>> labels = new HashMap<>();
        em.createQuery("select p.issue.id, p.label from Page p where p.superseded = false and p.label is not null "
                        + "and p.issue.id in (" + ISSUES_OF_RUN + ")", Object[].class)
                .setParameter("run", run).getResultList()
                .forEach(row -> labels.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return labels;
    }

    private record AssembledPage(long id, String label) {
    }

    /** The article numbers of the current pages assembled from article files of the run's issues. */
    private Map<Long, Map<AssembledPage, List<Integer>>> assembledPagesOfIssues(long run) {
        Map<Long, Map<AssembledPage, List<Integer>>> pages = new HashMap<>();
        em.createQuery("select p.issue.id, p.id, p.label, a.number from Article a join a.page p "
                        + "where p.superseded = false and a.superseded = false and p.layout = :assembled "
                        + "and a.number is not null and p.issue.id in (" + ISSUES_OF_RUN + ")", Object[].class)
                .setParameter("assembled", Layout.ARTICLE_TEXT).setParameter("run", run).getResultList()
                .forEach(row -> pages.computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>())
                        .computeIfAbsent(new AssembledPage((Long) row[1], (String) row[2]), page -> new ArrayList<>())
                        .add((Integer) row[3]));
        return pages;
    }

    /** The continued articles on the current pages of the run's issues, by issue, without their bodies. */
    private Map<Long, List<ContinuedHalf>> continuedHalvesOfIssues(long run) {
        Map<Long, List<ContinuedHalf>> halves = new HashMap<>();
        em.createQuery("select p.issue.id, a.id, p.id, p.label, a.orderOnPage, a.headline, a.continuedTo, "
                        + "a.continuedFrom, a.jumpKey from Article a join a.page p where p.superseded = false "
                        + "and a.superseded = false "
                        + "and (a.continuedTo is not null or a.continuedFrom is not null) "
                        + "and p.issue.id in (" + ISSUES_OF_RUN + ")", Object[].class)
                .setParameter("run", run).getResultList()
                .forEach(row -> halves.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new ContinuedHalf(
                        (Long) row[1], (Long) row[2], (String) row[3], (Integer) row[4], (String) row[5],
                        (String) row[6], (String) row[7], (String) row[8])));
        return halves;
    }

    /** A publication's numbered issues in number order (the date orders issues printing the same number). */
    private List<NumberedIssue> numberedIssues(long publicationId) {
        return em.createQuery("select i.id, i.issueNumber, i.date from Issue i where i.publication.id = :p "
                        + "and i.issueNumber is not null order by i.issueNumber, i.date", Object[].class)
                .setParameter("p", publicationId).getResultList().stream()
                .map(row -> new NumberedIssue((Long) row[0], (Integer) row[1], (LocalDate) row[2]))
                .toList();
    }

    private List<FindingEntity> recordedGaps(long publicationId) {
        return em.createQuery("select f from Finding f where f.archiveLevel = true and f.code = :code "
                        + "and f.issue.publication.id = :p", FindingEntity.class)
                .setParameter("code", ISSUE_NUMBER_GAP).setParameter("p", publicationId).getResultList();
    }
}
