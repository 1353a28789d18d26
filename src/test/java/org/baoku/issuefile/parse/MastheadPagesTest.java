package org.baoku.issuefile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.parse.head.PageTopReader;
import org.junit.jupiter.api.Test;

/** Whole fictional front pages whose masthead is laid out unlike the sample's, through the whole parser. */
class MastheadPagesTest {

    private final IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());

    @Test
    void aRomanisedTitleLineKeepsTheWholeMasthead() {
        ParseResult result = parser.parse("yl.txt", FictionalPages.utf8("""
                云岭日报
                YUNLING DAILY
                2024年5月20日 星期一 甲辰年四月十三
                中共云岭市委主管主办 云岭日报社出版 总第5120期 今日8版 CN 88-0001 社长:林木

                # 云岭新区首批企业入驻

                本报讯 (记者王小明、李华)5月19日,云岭新区举行首批企业入驻仪式,12家企业签约落户。(下转A02版)①
                """));
        assertEquals(ParseStatus.ACCEPTED, result.status(), result.findings().toString());
        assertEquals(LocalDate.of(2024, 5, 20), result.issue().date());
        assertEquals(5120, result.issue().issueNumber());
        assertEquals(8, result.issue().pageCount());
        assertEquals("A01", result.page().label());
        assertEquals("云岭新区首批企业入驻", result.articles().get(0).headline());
        assertFalse(result.articles().stream().anyMatch(a -> String.valueOf(a.headline()).contains("DAILY")));
    }

    @Test
    void aMastheadTheOcrPutAmongTheParagraphsStillDatesThePage() {
        ParseResult result = parser.parse("yl.txt", FictionalPages.utf8("""
                本报讯 (记者王小明、李华)5月19日,云岭新区举行首批企业入驻仪式,12家企业签约落户。

                新区管委会负责人介绍,首批入驻企业涵盖新材料、智能制造和现代物流等领域。(下转A02版)①

                2024年5月 20
                中共云岭市委主管主办 云岭日报社出版 总第5120期 今日8版
                甲辰年四月十三 星期一 国内统一连续出版物号: CN 88-0001 社长: 林木

                ## 河湖治理取得新进展

                本报记者 张青

                今年以来,我市持续推进河湖治理,完成河道清淤38公里,新建生态护岸12公里。
                """));
        assertEquals(ParseStatus.ACCEPTED_WITH_WARNINGS, result.status());
        assertEquals(LocalDate.of(2024, 5, 20), result.issue().date());
        assertEquals("云岭日报", result.issue().publication());
        assertEquals("A01", result.page().label());
        List<String> codes = result.findings().stream().map(Finding::code).toList();
        assertTrue(codes.contains(PageTopReader.MASTHEAD_NOT_AT_TOP), codes.toString());
        assertFalse(codes.contains(IssueFileParser.NO_MASTHEAD), codes.toString());
        assertTrue(result.articles().stream().noneMatch(a -> a.paragraphs().stream().anyMatch(p -> p.contains("社长"))));
        assertEquals(2, result.articles().size(), result.articles().toString());
    }

    @Test
    void theLongFictionalFrontPageReadsWhole() {
        ParseResult result = parser.parse("yl.txt", FictionalPages.utf8(FictionalPages.LONG_FRONT_PAGE));
        // the wire story prints no headline, as the sample's does
        assertEquals(List.of("MISSING_HEADLINE"), result.findings().stream().map(Finding::code).toList());
        assertEquals(new org.baoku.issuefile.IssueMasthead("云岭日报", "云岭日报社", "中共云岭市委", LocalDate.of(2024, 6, 3),
                "星期一", "甲辰年四月廿七", 5134, 12, "CN 88-0001", "林木"), result.issue());
        assertEquals("A01", result.page().label());
        assertEquals(2, result.guide().size());
    }
}
