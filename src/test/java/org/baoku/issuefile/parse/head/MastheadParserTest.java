package org.baoku.issuefile.parse.head;

import static org.baoku.issuefile.parse.head.HeadFixtures.firstBodyLine;
import static org.baoku.issuefile.parse.head.HeadFixtures.top;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.parse.FictionalPages;
import org.junit.jupiter.api.Test;

/** Mastheads of the fictional 云岭日报 in the layouts delivered papers use. */
class MastheadParserTest {

    private static final IssueMasthead FULL = new IssueMasthead("云岭日报", "云岭日报社", "中共云岭市委",
            LocalDate.of(2024, 5, 20), "星期一", "甲辰年四月十三", 5120, 8, "CN 88-0001", "林木");

    @Test
    void threeLinesWithTheDateCutByOcr() {
        PageTop top = top(FictionalPages.FRONT_PAGE);
        assertEquals(FULL, top.issue());
        assertTrue(top.masthead());
        assertEquals(4, top.headLine());
        assertEquals("# 云岭新区首批企业入驻", firstBodyLine(top));
        assertEquals(8, top.body().get(0).number(), "the body starts below the masthead, line numbers kept");
    }

    @Test
    void fieldsReorderedOverFiveLinesWithAsciiPunctuation() {
        PageTop top = top("""
                2024年5月20日 星期一
                甲辰年四月十三

                中共云岭市委主管主办  云岭日报社出版
                国内统一连续出版物号:CN 88-0001   社长:林木
                总第5120期  今日8版

                ## 一季度重点项目集中开工
                """);
        assertEquals(FULL, top.issue());
        assertEquals("## 一季度重点项目集中开工", firstBodyLine(top));
    }

    @Test
    void fullWidthPunctuationDigitsAndIdeographicSpaces() {
        PageTop top = top("""
                云岭日报社出版　中共云岭市委主管主办
                2024年5月 20　星期一　甲辰年四月十三
                总第５１２０期　今日８版　国内统一连续出版物号：ＣＮ８８－０００１　社长：林木

                ## 聚焦民生所盼 办好群众身边事
                """);
        assertEquals(FULL, top.issue());
    }

    @Test
    void oneLineWithIsoDateIssueNumberWithoutTotalAndChineseNumerals() {
        PageTop top = top("""
                云岭日报 2024-05-20 星期一 农历甲辰年四月十三 第5120期 今日八版 CN88-0001 总编辑：赵海

                # 云岭新区首批企业入驻
                """);
        IssueMasthead issue = top.issue();
        assertEquals("云岭日报", issue.publication());
        assertNull(issue.publisher(), "no 社出版 printed");
        assertNull(issue.sponsor());
        assertEquals(LocalDate.of(2024, 5, 20), issue.date());
        assertEquals("甲辰年四月十三", issue.lunarDate());
        assertEquals(5120, issue.issueNumber());
        assertEquals(8, issue.pageCount());
        assertEquals("CN 88-0001", issue.serialNumber());
        assertEquals("赵海", issue.president(), "the editor-in-chief where no 社长 is printed");
    }

    @Test
    void theTitlePrintedInTheMastheadWinsOverTheOneThePublisherSuggests() {
        PageTop top = top("""
                # 云岭晚报

                2024年5月20日 星期一
                中共云岭市委主管 云岭日报社主办出版 总第5120期

                # 晚间新闻
                """);
        assertEquals("云岭晚报", top.issue().publication());
        assertEquals("# 晚间新闻", firstBodyLine(top));
    }

    @Test
    void aDateSplitOverTwoLinesByOcr() {
        PageTop top = top("""
                2024年5月
                20
                中共云岭市委主管主办 云岭日报社出版 总第5120期 今日8版

                本报讯 (记者王小明)5月19日,云岭新区举行首批企业入驻仪式。
                """);
        assertEquals(LocalDate.of(2024, 5, 20), top.issue().date());
        assertEquals(5120, top.issue().issueNumber());
    }

    @Test
    void aLeapMonthAsPrinted() {
        PageTop top = top("""
                2025年8月13日
                乙巳年闰六月二十 星期三 云岭日报社出版 总第5570期
                """);
        assertEquals("乙巳年闰六月二十", top.issue().lunarDate());
    }

    @Test
    void aDateThatDoesNotExistIsLeftUnknownWithAWarning() {
        PageTop top = top("""
                2025年2月30日 星期一
                云岭日报社出版 总第5400期
                """);
        assertNull(top.issue().date());
        assertEquals(List.of(MastheadParser.INVALID_DATE), top.findings().stream().map(Finding::code).toList());
    }

    @Test
    void aHeadlineNamingAnIssueIsNoMastheadLine() {
        PageTop top = top("""
                2024年5月20日

                中共测试市委主管主办 测试日报社出版 总第12期 今日1版

                # 测试日报第12期要闻

                本报讯 (记者林测)5月20日,测试市举行例行发布会。
                """);
        assertEquals(12, top.issue().issueNumber());
        assertEquals("# 测试日报第12期要闻", firstBodyLine(top));
    }

    @Test
    void aPageWithoutMastheadKeepsAllItsLinesAndKnowsNothing() {
        PageTop top = top("""
                # 春日赏花

                本报记者 杜若

                春风送暖,百花次第开放。
                """);
        assertFalse(top.masthead());
        assertFalse(top.pageHeader());
        assertEquals(IssueMasthead.UNKNOWN, top.issue());
        assertEquals(1, top.body().get(0).number());
        assertNull(top.headLine());
    }
}
