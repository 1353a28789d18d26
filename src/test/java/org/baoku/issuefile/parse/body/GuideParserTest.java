package org.baoku.issuefile.parse.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.baoku.issuefile.GuideEntry;
import org.baoku.issuefile.parse.TestPages;
import org.junit.jupiter.api.Test;

class GuideParserTest {

    private final GuideParser parser = new GuideParser();

    private GuideParser.Guide parse(String page) {
        return parser.parse(PrintedLine.read(TestPages.lines(page)));
    }

    @Test
    void titleThenReferenceWithTheSubtitleOnTheTitleLine() {
        GuideParser.Guide guide = parse("""
                ## 导读

                ## 溪水清了,鱼儿回来了 ——记云溪河综合治理三年

                ▶▶▶详见今日本报A05版

                ## 东湖镇的产业新路

                ▶▶▶详见今日本报A07版

                东湖镇今年引进了三家企业。
                """);
        assertEquals(List.of(new GuideEntry("溪水清了,鱼儿回来了", "记云溪河综合治理三年", "A05"),
                new GuideEntry("东湖镇的产业新路", null, "A07")), guide.entries());
        assertEquals(Set.of(1, 3, 5, 7, 9), guide.lines());
    }

    @Test
    void oneLineFormsWithTheArrowBeforeOrAfterTheTitle() {
        GuideParser.Guide guide = parse("""
                今日导读
                ▶ 秋粮收购进行时 A03
                东湖镇的产业新路 ▶A07
                新粮库投入使用▶▶▶详见今日本报Ａ０２版
                """);
        assertEquals(List.of(new GuideEntry("秋粮收购进行时", null, "A03"), new GuideEntry("东湖镇的产业新路", null, "A07"),
                new GuideEntry("新粮库投入使用", null, "A02")), guide.entries());
    }

    @Test
    void subtitleLineBetweenTitleAndReference() {
        GuideParser.Guide guide = parse("""
                ## 导读
                溪水清了,鱼儿回来了
                ——记云溪河综合治理三年
                ▶▶▶详见今日本报A05版
                """);
        assertEquals(List.of(new GuideEntry("溪水清了,鱼儿回来了", "记云溪河综合治理三年", "A05")), guide.entries());
    }

    @Test
    void aHeaderWithNothingUnderItTakesOnlyItself() {
        GuideParser.Guide guide = parse("""
                ## 导读

                # 新粮库投入使用

                城东新粮库昨日正式投入使用。
                """);
        assertTrue(guide.entries().isEmpty());
        assertEquals(Set.of(1), guide.lines());
    }

    @Test
    void bodyTextWithoutReferencesIsNoGuide() {
        GuideParser.Guide guide = parse("""
                # 新粮库投入使用

                城东新粮库昨日正式投入使用,

                ——这是全市今年建成的第三座粮库。
                """);
        assertTrue(guide.entries().isEmpty());
        assertTrue(guide.lines().isEmpty());
    }
}
