package org.baoku.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.baoku.archive.IssueNumberGaps.Gap;
import org.baoku.archive.IssueNumberGaps.NumberedIssue;
import org.junit.jupiter.api.Test;

class IssueNumberGapsTest {

    private static NumberedIssue issue(long id, int number, String date) {
        return new NumberedIssue(id, number, LocalDate.parse(date));
    }

    @Test
    void runningNumbersWithoutAHoleHaveNoGap() {
        assertEquals(List.of(), IssueNumberGaps.in("核查日报",
                List.of(issue(1, 100, "2007-03-01"), issue(2, 101, "2007-03-02"), issue(3, 102, "2007-03-03"))));
        assertEquals(List.of(), IssueNumberGaps.in("核查日报", List.of(issue(1, 100, "2007-03-01"))));
        assertEquals(List.of(), IssueNumberGaps.in("核查日报", List.of()));
    }

    @Test
    void aMissingNumberIsReportedOnTheIssueAfterIt() {
        assertEquals(List.of(new Gap(3, "核查日报: issue 102 missing between 2007-03-02 (101) and 2007-03-04 (103)")),
                IssueNumberGaps.in("核查日报", List.of(issue(1, 100, "2007-03-01"), issue(2, 101, "2007-03-02"),
                        issue(3, 103, "2007-03-04"))));
    }

    @Test
    void severalMissingNumbersAreOneRange() {
        assertEquals(List.of(new Gap(2, "核查日报: issues 101–104 missing between 2007-03-01 (100) and 2007-03-06 (105)")),
                IssueNumberGaps.in("核查日报", List.of(issue(1, 100, "2007-03-01"), issue(2, 105, "2007-03-06"))));
    }

    @Test
    void twoIssuesPrintingTheSameNumberMakeNoGap() {
        assertEquals(List.of(), IssueNumberGaps.in("核查日报",
                List.of(issue(1, 100, "2007-03-01"), issue(2, 100, "2007-03-02"), issue(3, 101, "2007-03-03"))));
    }
}
