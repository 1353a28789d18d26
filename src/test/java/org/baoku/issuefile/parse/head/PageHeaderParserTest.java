package org.baoku.issuefile.parse.head;

import static org.baoku.issuefile.parse.head.HeadFixtures.firstBodyLine;
import static org.baoku.issuefile.parse.head.HeadFixtures.top;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.baoku.issuefile.PageHeader;
import org.junit.jupiter.api.Test;

class PageHeaderParserTest {

    @Test
    void labelSectionDateWeekdayAndEditorOnOneLine() {
        PageTop top = top("""
                A02 要闻 2024年5月20日 星期一 责任编辑：周文

                # 云岭港新开两条航线
                """);
        assertEquals(new PageHeader("A02", "要闻", "周文"), top.page());
        assertEquals(LocalDate.of(2024, 5, 20), top.issue().date());
        assertEquals("星期一", top.issue().weekday());
        assertTrue(top.pageHeader());
        assertFalse(top.masthead());
        assertEquals("# 云岭港新开两条航线", firstBodyLine(top));
    }

    @Test
    void sectionAsAHeadingAboveAHeaderWithBars() {
        PageTop top = top("""
                # 要闻

                A02 | 2024年5月20日 星期一 | 责任编辑:周文

                (上接A01版)①新区还将配套建设人才公寓。
                """);
        assertEquals(new PageHeader("A02", "要闻", "周文"), top.page());
        assertEquals("(上接A01版)①新区还将配套建设人才公寓。", firstBodyLine(top));
    }

    @Test
    void labelSectionAndDateEachOnALineOfTheirOwn() {
        PageTop top = top("""
                A04
                副刊·文化
                2024年5月20日 星期一 责任编辑：唐蕾

                # 云岭剧院新编话剧首演
                """);
        assertEquals(new PageHeader("A04", "副刊·文化", "唐蕾"), top.page());
    }

    @Test
    void sectionHeadingFirstThenLabelThenEditorWithIdeographicSpaces() {
        PageTop top = top("""
                # 教育·民生

                A03　　2024年5月20日　星期一

                责任编辑：何静

                # 云岭一中新校区9月投入使用
                """);
        assertEquals(new PageHeader("A03", "教育·民生", "何静"), top.page());
        assertEquals("# 云岭一中新校区9月投入使用", firstBodyLine(top));
    }

    @Test
    void labelAndSectionOnOneLineDateAndEditorOnTheNext() {
        PageTop top = top("""
                A02 要闻

                2024年5月20日　星期一　责任编辑：孟凡
                """);
        assertEquals(new PageHeader("A02", "要闻", "孟凡"), top.page());
    }

    @Test
    void numericLabelsAsPrinted() {
        assertEquals("02", top("02 要闻 2024年5月20日 星期一\n\n正文。").page().label());
        assertEquals("2", top("第2版 要闻 责任编辑:周文\n\n正文。").page().label());
    }

    @Test
    void aShortHeadlineBelowTheHeaderStaysAHeadline() {
        PageTop top = top("""
                A02 要闻 2024年5月20日 星期一 责任编辑：周文

                # 春日赏花

                ——全市12处赏花点等你打卡
                """);
        assertEquals("要闻", top.page().section());
        assertEquals("# 春日赏花", firstBodyLine(top));
    }

    @Test
    void aLoneDateLineIsAHeaderWithoutLabel() {
        PageTop top = top("2024年5月20日 星期一\n\n# 云岭港新开两条航线\n");
        assertTrue(top.pageHeader());
        assertEquals(PageHeader.UNKNOWN, top.page());
        assertNull(top.page().label());
        assertEquals(LocalDate.of(2024, 5, 20), top.issue().date());
    }
}
