package org.baoku.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Gaps in a publication's running issue numbers (总第N期): between two numbered issues next to each other
 * in number order, the numbers neither of them carries. The gap is reported on the later issue.
 */
final class IssueNumberGaps {

    /** What the gap check needs of an issue: not the entity, so a publication's decades cost one light query. */
    record NumberedIssue(long id, int number, LocalDate date) {
    }

    /** A gap, on the issue after it. */
    record Gap(long issueId, String message) {
    }

    private IssueNumberGaps() {
    }

    /** @param byNumber a publication's numbered issues in issue-number order */
    static List<Gap> in(String publicationTitle, List<NumberedIssue> byNumber) {
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < byNumber.size(); i++) {
            NumberedIssue before = byNumber.get(i - 1);
            NumberedIssue after = byNumber.get(i);
            int first = before.number() + 1;
            int last = after.number() - 1;
            if (first <= last) {
                String range = first == last ? "issue " + first : "issues " + first + "–" + last;
                gaps.add(new Gap(after.id(), publicationTitle + ": " + range + " missing between " + before.date()
                        + " (" + before.number() + ") and " + after.date() + " (" + after.number() + ")"));
            }
        }
        return gaps;
    }
}
