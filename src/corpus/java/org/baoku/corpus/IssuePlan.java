package org.baoku.corpus;

import java.time.LocalDate;
import java.util.List;

/** One day's issue: its running number and its pages, front page first. */
record IssuePlan(FictionalPaper paper, LocalDate date, int issueNumber, List<PagePlan> pages) {

    IssuePlan {
        pages = List.copyOf(pages);
    }

    /** {@code yz-20240311-A01.txt} */
    String fileName(PagePlan page) {
        return paper.fileCode() + "-" + date.toString().replace("-", "") + "-" + page.label() + ".txt";
    }
}
