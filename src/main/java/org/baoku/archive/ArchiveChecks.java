package org.baoku.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import org.baoku.issuefile.Severity;

/**
 * Checks that need the whole archive rather than one page: gaps in a publication's running issue
 * numbers, pages missing from an issue, and continued articles whose other half is missing. They run
 * over the publications an import run touched and describe the archive as it is now, so each run
 * replaces the archive-level findings of those publications' issues.
 */
@Dependent
public class ArchiveChecks {

    public static final String ISSUE_NUMBER_GAP = "ISSUE_NUMBER_GAP";
    public static final String MISSING_PAGES = "MISSING_PAGES";
    public static final String DANGLING_CONTINUATION = "DANGLING_CONTINUATION";

    private static final Pattern LABEL = Pattern.compile("^(\\D*)(\\d+)$");

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    /**
     * Runs in a transaction of its own with a long timeout: over decades of a publication the checks read
     * every page label and continued article once, which outlasts the server's default of 300 s (seen at
     * 100,000 files on a loaded machine).
     */
    static final int TIMEOUT_SECONDS = 3600;

    @Resource
    UserTransaction transaction;

    /** @return the findings now recorded for the publications the run touched, all their issues included */
    public List<FindingEntity> checkRun(long jobInstanceId) throws Exception {
        transaction.setTransactionTimeout(TIMEOUT_SECONDS);
        transaction.begin();
        try {
            List<FindingEntity> findings = check(jobInstanceId);
            transaction.commit();
            return findings;
        } catch (Exception | Error e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        } finally {
            transaction.setTransactionTimeout(0);
        }
    }

    private List<FindingEntity> check(long jobInstanceId) {
        // reads only until the findings are persisted at the end: no flush before each query
        em.setFlushMode(FlushModeType.COMMIT);
        List<Publication> publications = em.createQuery("select distinct p.issue.publication from ImportRecord r "
                        + "join r.page p where r.jobInstanceId = :i", Publication.class)
                .setParameter("i", jobInstanceId).getResultList();
        if (publications.isEmpty()) {
            return List.of();
        }
        List<Issue> scope = em.createQuery("select i from Issue i where i.publication in :p", Issue.class)
                .setParameter("p", publications).getResultList();
        // by publication, not by lists of issues: a run over decades touches tens of thousands of them
        em.createQuery("delete from Finding f where f.archiveLevel = true "
                        + "and f.issue.id in (select i.id from Issue i where i.publication in :p)")
                .setParameter("p", publications).executeUpdate();

        Map<Long, List<String>> labels = new HashMap<>();
        em.createQuery("select p.issue.id, p.label from Page p where p.issue.publication in :p "
                        + "and p.superseded = false and p.label is not null", Object[].class)
                .setParameter("p", publications).getResultList()
                .forEach(row -> labels.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        Map<Long, List<ArticleEntity>> continued = new HashMap<>();
        em.createQuery("select a from Article a join fetch a.page where a.page.issue.publication in :p "
                        + "and a.page.superseded = false and (a.continuedTo is not null or a.continuedFrom is not null)",
                        ArticleEntity.class)
                .setParameter("p", publications).getResultList()
                .forEach(a -> continued.computeIfAbsent(a.getPage().getIssue().getId(), id -> new ArrayList<>()).add(a));

        List<FindingEntity> findings = new ArrayList<>();
        publications.forEach(publication -> findings.addAll(issueNumberGaps(publication)));
        // every issue of the publications, since their archive-level findings were all just deleted
        scope.forEach(issue -> {
            findings.addAll(missingPages(issue, labels.getOrDefault(issue.getId(), List.of())));
            findings.addAll(danglingContinuations(issue, continued.getOrDefault(issue.getId(), List.of())));
        });
        findings.forEach(em::persist);
        return findings;
    }

    private List<FindingEntity> issueNumberGaps(Publication publication) {
        List<Issue> numbered = em.createQuery("select i from Issue i where i.publication = :p "
                        + "and i.issueNumber is not null order by i.issueNumber", Issue.class)
                .setParameter("p", publication).getResultList();
        List<FindingEntity> gaps = new ArrayList<>();
        for (int i = 1; i < numbered.size(); i++) {
            Issue before = numbered.get(i - 1);
            Issue after = numbered.get(i);
            int first = before.getIssueNumber() + 1;
            int last = after.getIssueNumber() - 1;
            if (first <= last) {
                String range = first == last ? "issue " + first : "issues " + first + "–" + last;
                gaps.add(FindingEntity.onIssue(after, null, null, Severity.WARNING, ISSUE_NUMBER_GAP,
                        publication.getTitle() + ": " + range + " missing between " + before.getDate()
                                + " (" + before.getIssueNumber() + ") and " + after.getDate()
                                + " (" + after.getIssueNumber() + ")"));
            }
        }
        return gaps;
    }

    private List<FindingEntity> missingPages(Issue issue, List<String> labels) {
        if (issue.getPageCount() == null) {
            return List.of();
        }
        String prefix = "";
        int width = 2;
        for (String label : labels) {
            Matcher m = LABEL.matcher(label);
            if (m.matches()) {
                prefix = m.group(1);
                width = m.group(2).length();
                break;
            }
        }
        Set<String> missing = new TreeSet<>();
        for (int n = 1; n <= issue.getPageCount(); n++) {
            String expected = prefix + String.format("%0" + width + "d", n);
            if (!labels.contains(expected)) {
                missing.add(expected);
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(FindingEntity.onIssue(issue, null, null, Severity.WARNING, MISSING_PAGES,
                issue.getPublication().getTitle() + " " + issue.getDate() + " prints 今日" + issue.getPageCount()
                        + "版; the archive lacks " + String.join(", ", missing)));
    }

    private List<FindingEntity> danglingContinuations(Issue issue, List<ArticleEntity> continued) {
        Map<String, ArticleEntity> halves = new HashMap<>();
        for (ArticleEntity a : continued) {
            if (a.getContinuedTo() != null) {
                halves.put(key(a.getPage().getLabel(), a.getContinuedTo(), a.getJumpKey()), a);
            }
        }
        Set<String> joined = new HashSet<>();
        List<FindingEntity> findings = new ArrayList<>();
        for (ArticleEntity a : continued) {
            if (a.getContinuedFrom() != null) {
                String key = key(a.getContinuedFrom(), a.getPage().getLabel(), a.getJumpKey());
                if (halves.containsKey(key)) {
                    joined.add(key);
                } else {
                    findings.add(dangling(issue, a, "continues from " + a.getContinuedFrom() + " " + jump(a)
                            + ", but no article there is continued to " + a.getPage().getLabel()));
                }
            }
        }
        halves.forEach((key, a) -> {
            if (!joined.contains(key)) {
                findings.add(dangling(issue, a, "is continued to " + a.getContinuedTo() + " " + jump(a)
                        + ", but no article there continues from " + a.getPage().getLabel()));
            }
        });
        return findings;
    }

    private static FindingEntity dangling(Issue issue, ArticleEntity article, String what) {
        String name = article.getHeadline() != null ? "「" + article.getHeadline() + "」" : "article " + article.getOrderOnPage();
        return FindingEntity.onIssue(issue, article.getPage(), article, Severity.WARNING, DANGLING_CONTINUATION,
                issue.getDate() + " " + article.getPage().getLabel() + ": " + name + " " + what);
    }

    private static String jump(ArticleEntity a) {
        return a.getJumpKey() == null ? "" : a.getJumpKey();
    }

    private static String key(String from, String to, String jumpKey) {
        return from + "→" + to + "#" + jumpKey;
    }
}
