package org.baoku.issuefile.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeekdayCheckTest {

    private final WeekdayCheck check = new WeekdayCheck();

    @ParameterizedTest
    @CsvSource({"2024-05-20, 星期一", "2025-08-13, 星期三", "2024-05-26, 星期日", "2024-05-26, 星期天"})
    void theRightWeekdayPasses(String date, String weekday) {
        assertEquals(List.of(), check.check(Pages.dated(date, weekday, null)));
    }

    @Test
    void aWrongWeekdayIsAWarningOnTheHeadLine() {
        List<Finding> findings = check.check(Pages.dated("2024-05-20", "星期二", null));
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(WeekdayCheck.WEEKDAY_MISMATCH, finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(5, finding.line());
        assertTrue(finding.message().contains("星期一"), finding.message());
    }

    @Test
    void nothingToCheckWithoutDateOrWeekday() {
        assertEquals(List.of(), check.check(Pages.dated(null, "星期二", null)));
        assertEquals(List.of(), check.check(Pages.dated("2024-05-20", null, null)));
    }
}
