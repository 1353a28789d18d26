package org.baoku.archive;

import java.util.List;

/**
 * What one pass of the archive-level checks left behind for a run.
 *
 * @param issuesOfRun          the issues the run touched (those of the pages it imported)
 * @param findingsOnIssuesOfRun archive-level findings now recorded on those issues, every code: the
 *                             figure the run's report counts ({@link ImportStatistics#findingsOfRun})
 * @param gapFindingsAdded     issue-number gaps newly recorded in the run's publications
 * @param gapFindingsRemoved   issue-number gaps the run closed (or that changed) in its publications
 * @param relabelledPages      front pages given their issue's labelling scheme ({@link FrontPageLabels}):
 *                             their articles' documents in the search index name the old label
 */
public record ArchiveCheckResult(int issuesOfRun, int findingsOnIssuesOfRun, int gapFindingsAdded,
                                 int gapFindingsRemoved, List<Long> relabelledPages) {

    static final ArchiveCheckResult NOTHING_TOUCHED = new ArchiveCheckResult(0, 0, 0, 0, List.of());

    public ArchiveCheckResult {
        relabelledPages = List.copyOf(relabelledPages);
    }
}
