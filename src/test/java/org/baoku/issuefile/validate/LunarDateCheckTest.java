package org.baoku.issuefile.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarDateCheckTest {

    private final LunarDateCheck check = new LunarDateCheck();

    private List<String> codes(String date, String lunar) {
        return check.check(Pages.dated(date, null, lunar)).stream().map(Finding::code).toList();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2024-05-20, 甲辰年四月十三",
            "2024-03-11, 甲辰年二月初二",
            "2024-02-09, 癸卯年腊月三十",   // the year's name changes at the new year, not on 1 January
            "2024-02-10, 甲辰年正月初一",
            "2025-01-15, 甲辰年十二月十六",  // 十二月 and 腊月 are one month
            "2025-02-18, 乙巳年正月廿一",    // 廿一 and 二十一 are one day
            "2025-02-18, 乙巳年正月二十一",
            "2025-08-13, 乙巳年闰六月二十",  // 2025 has a leap sixth month
            "2023-04-01, 癸卯年闰二月十一",
            "2024-05-20, 四月十三"})         // printed without the year
    void theRightLunarDatePasses(String date, String lunar) {
        assertEquals(List.of(), codes(date, lunar));
    }

    @Test
    void aLeapMonthPrintedWithoutRunIsNoError() {
        // the shared sample page prints 2025-08-13 (闰六月二十) as 六月二十, as papers do
        assertEquals(List.of(), codes("2025-08-13", "乙巳年六月二十"));
        assertEquals(List.of(), codes("2025-07-30", "乙巳年六月初六"));
    }

    @Test
    void aWrongDayInTheLeapMonthIsFlagged() {
        List<Finding> findings = check.check(Pages.dated("2025-08-13", null, "乙巳年六月二十一"));
        assertEquals(List.of(LunarDateCheck.LUNAR_DATE_MISMATCH), findings.stream().map(Finding::code).toList());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("乙巳年闰六月二十"), findings.get(0).message());
    }

    @Test
    void runPrintedForAMonthThatIsNoLeapMonthIsFlagged() {
        assertEquals(List.of(LunarDateCheck.LUNAR_DATE_MISMATCH), codes("2024-05-20", "甲辰年闰四月十三"));
    }

    @Test
    void aWrongYearOrMonthIsFlagged() {
        assertEquals(List.of(LunarDateCheck.LUNAR_DATE_MISMATCH), codes("2024-05-20", "乙巳年四月十三"));
        assertEquals(List.of(LunarDateCheck.LUNAR_DATE_MISMATCH), codes("2024-05-20", "甲辰年五月十三"));
    }

    @Test
    void nothingToCheckWithoutDateOrReadableLunarDate() {
        assertEquals(List.of(), codes(null, "甲辰年四月十三"));
        assertEquals(List.of(), codes("2024-05-20", "甲辰年四月"));
    }
}
