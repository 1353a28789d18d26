package org.baoku.issuefile.parse.head;

import static org.baoku.issuefile.parse.head.HeadFixtures.firstBodyLine;
import static org.baoku.issuefile.parse.head.HeadFixtures.top;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.parse.Line;
import org.junit.jupiter.api.Test;

/**
 * Masthead layouts beyond the three lines of the sample: a romanised title, 总编辑, postal and ISSN codes,
 * contact lines, fields cut across lines, a masthead the OCR put among the body paragraphs. Every page is
 * written for the test (the fictional 云岭日报 and 青川晚报), not copied from a paper.
 */
class MastheadVariantsTest {

    private static final IssueMasthead FULL = new IssueMasthead("云岭日报", "云岭日报社", "中共云岭市委",
            LocalDate.of(2024, 5, 20), "星期一", "甲辰年四月十三", 5120, 8, "CN 88-0001", "林木");

    @Test
    void aPinyinTitleBetweenTheChineseTitleAndTheDateLine() {
        PageTop top = top("""
                云岭日报
                YUNLING RIBAO
                2024年5月20日 星期一 农历甲辰年四月十三
                中共云岭市委主管主办 云岭日报社出版 总第5120期 今日8版
                国内统一连续出版物号:CN 88-0001 社长:林木

                # 云岭新区首批企业入驻
                """);
        assertEquals(FULL, top.issue());
        assertTrue(top.masthead());
        assertEquals(1, top.headLine());
        assertEquals("# 云岭新区首批企业入驻", firstBodyLine(top));
    }

    @Test
    void anEnglishTitleInMixedCaseWithoutSpacesOnTheTitleLine() {
        PageTop top = top("""
                云岭日报 YunlingDaily
                2024年5月20日 星期一 甲辰年四月十三
                中共云岭市委主管主办 云岭日报社出版 总第5120期 今日8版 CN 88-0001 社长:林木

                本报讯 (记者王小明)5月19日,云岭新区举行首批企业入驻仪式。
                """);
        assertEquals(FULL, top.issue());
        assertEquals("本报讯 (记者王小明)5月19日,云岭新区举行首批企业入驻仪式。", firstBodyLine(top));
    }

    @Test
    void anEnglishTitleAsTheLastLineOfTheMastheadStaysOutOfTheBody() {
        PageTop top = top("""
                2024年5月20日 星期一 甲辰年四月十三
                中共云岭市委主管主办 云岭日报社出版 总第5120期 今日8版
                国内统一连续出版物号:CN 88-0001 社长:林木
                YUNLING DAILY

                # 云岭新区首批企业入驻
                """);
        assertEquals(FULL, top.issue());
        assertEquals("# 云岭新区首批企业入驻", firstBodyLine(top));
        assertNull(top.page().section(), "a romanised title is no section name");
    }

    @Test
    void anEnglishTitleAboveEverything() {
        PageTop top = top("""
                # Qingchuan Evening News
                # 青川晚报
                2023年11月2日 星期四 农历癸卯年九月十九
                青川晚报社出版 总第9001期 今日12版 CN 77-0123

                ## 秋收进行时
                """);
        assertEquals("青川晚报", top.issue().publication());
        assertEquals(LocalDate.of(2023, 11, 2), top.issue().date());
        assertEquals(9001, top.issue().issueNumber());
        assertEquals(12, top.issue().pageCount());
        assertEquals("癸卯年九月十九", top.issue().lunarDate());
        assertEquals("## 秋收进行时", firstBodyLine(top));
    }

    @Test
    void theEditorInChiefWhereNoPresidentIsPrinted() {
        PageTop top = top("""
                2024年5月20日 星期一 甲辰年四月十三
                中共云岭市委主管主办 云岭日报社出版 总第5120期 今日8版
                国内统一连续出版物号:CN 88-0001 总编辑:林木

                # 云岭新区首批企业入驻
                """);
        assertEquals(FULL, top.issue());
    }

    @Test
    void thePresidentWinsOverTheEditorInChiefPrintedBeforeHim() {
        PageTop top = top("""
                2024年5月20日 星期一 总编辑:赵海
                云岭日报社出版 总第5120期 社长:林木
                """);
        assertEquals("林木", top.issue().president());
    }

    @Test
    void postalCodeIssnWebsiteAndTelephoneDoNotDerailTheReading() {
        PageTop top = top("""
                云岭日报
                2024年5月20日 星期一 甲辰年四月十三
                中共云岭市委主管主办 云岭日报社出版
                国内统一连续出版物号 CN 88-0001 国际标准连续出版物号 ISSN 1234-567X 邮发代号 88-12
                总第5120期 今日8版 社长:林木 网址:www.yunling-daily.example 新闻热线:0888-1234567
                代号 88-12  电话:(0888)7654321  广告经营许可证:8800001

                # 云岭新区首批企业入驻
                """);
        assertEquals(FULL, top.issue());
        assertEquals("# 云岭新区首批企业入驻", firstBodyLine(top));
    }

    @Test
    void fieldsCutAcrossLinesAfterTheirLabels() {
        PageTop top = top("""
                2024年5月20日 星期一
                甲辰年四月十三 中共云岭市委主管主办
                云岭日报社出版 总第5120期 今日8版 国内统一连续出版物号:
                CN 88-0001 社长:
                林木

                # 云岭新区首批企业入驻
                """);
        assertEquals(FULL, top.issue());
        assertEquals("# 云岭新区首批企业入驻", firstBodyLine(top));
        assertNull(top.page().section());
    }

    @Test
    void issueNumberAndPageCountOnTheDateLine() {
        PageTop top = top("""
                云岭日报
                2024年5月20日 星期一 第5120期 今日8版

                # 云岭新区首批企业入驻
                """);
        IssueMasthead issue = top.issue();
        assertEquals("云岭日报", issue.publication());
        assertEquals(LocalDate.of(2024, 5, 20), issue.date());
        assertEquals("星期一", issue.weekday());
        assertEquals(5120, issue.issueNumber());
        assertEquals(8, issue.pageCount());
        assertTrue(top.masthead());
    }

    @Test
    void aLunarDateBeforeTheWeekday() {
        PageTop top = top("""
                2024年5月20日 农历四月十三 星期一
                云岭日报社出版 总第5120期 今日8版
                """);
        assertEquals("四月十三", top.issue().lunarDate());
        assertEquals("星期一", top.issue().weekday());
        assertEquals(5120, top.issue().issueNumber());
    }

    @Test
    void aLunarDateAfterTheWeekdayWithItsYearSpaced() {
        PageTop top = top("""
                2024年5月20日 星期一 农历 甲辰年 四月十三
                云岭日报社出版 总第5120期 今日8版
                """);
        assertEquals("甲辰年四月十三", top.issue().lunarDate());
        assertEquals("星期一", top.issue().weekday());
    }

    private static final String BODY_BEFORE = """
            本报讯 (记者王小明、李华)5月19日,云岭新区举行首批企业入驻仪式,12家企业签约落户。

            新区管委会负责人介绍,首批入驻企业涵盖新材料、智能制造和现代物流等领域。

            """;

    @Test
    void aMastheadAmongTheBodyParagraphsIsFoundWhenUnmistakable() {
        PageTop top = top(BODY_BEFORE + """
                云岭日报
                2024年5月20日 星期一 甲辰年四月十三
                中共云岭市委主管主办 云岭日报社出版 总第5120期 今日8版
                国内统一连续出版物号:CN 88-0001 社长:林木

                # 河湖治理取得新进展

                本报记者 张青
                """);
        assertEquals(FULL, top.issue());
        assertTrue(top.masthead());
        assertEquals(5, top.headLine());
        assertEquals(PageTopReader.MASTHEAD_NOT_AT_TOP, top.findings().stream().map(Finding::code).findFirst().orElse(null));
        assertEquals(5, top.findings().get(0).line());
        assertEquals("the masthead stands at line 5, after body text the OCR put above it; it was read as the page's masthead",
                top.findings().get(0).message());
        assertEquals("本报讯 (记者王小明、李华)5月19日,云岭新区举行首批企业入驻仪式,12家企业签约落户。", firstBodyLine(top));
        assertTrue(top.body().stream().map(Line::text).anyMatch("# 河湖治理取得新进展"::equals), "the body goes on below");
        assertFalse(top.body().stream().map(Line::text).anyMatch(text -> text.contains("社长")), "the masthead is no body");
    }

    @Test
    void aDateLineAloneInTheBodyIsNoMasthead() {
        PageTop top = top(BODY_BEFORE + """
                2024年5月20日 星期一

                # 河湖治理取得新进展
                """);
        assertFalse(top.masthead());
        assertEquals(IssueMasthead.UNKNOWN, top.issue());
    }

    @Test
    void anInnerPageHeaderInTheBodyIsNoMasthead() {
        PageTop top = top(BODY_BEFORE + """
                A02 要闻 2024年5月20日 星期一 责任编辑：周文

                # 河湖治理取得新进展
                """);
        assertFalse(top.masthead());
        assertEquals(IssueMasthead.UNKNOWN, top.issue());
        assertEquals(1, top.body().get(0).number());
    }

    @Test
    void aDatelineAndAnIssueNumberInArticleTextAreNoMasthead() {
        PageTop top = top(BODY_BEFORE + """
                新华社北京5月19日电 2024年5月20日出版的第10期《求是》杂志将发表文章。

                本报今日8版 总第5120期 2024年5月20日起,本报读者热线改为0888-1234567。
                """);
        assertFalse(top.masthead());
        assertEquals(IssueMasthead.UNKNOWN, top.issue());
    }

    @Test
    void aMastheadFoundInTheBodyIsNotLookedForBelowAPageHeaderAtTheTop() {
        PageTop top = top("""
                A02 要闻 2024年5月20日 星期一 责任编辑：周文

                本报讯 (记者王小明)5月19日,云岭新区举行首批企业入驻仪式。

                2024年5月21日 星期二
                云岭日报社出版 总第5121期 今日8版
                """);
        assertFalse(top.masthead());
        assertEquals(LocalDate.of(2024, 5, 20), top.issue().date());
    }
}
