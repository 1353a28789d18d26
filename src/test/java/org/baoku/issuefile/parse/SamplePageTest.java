package org.baoku.issuefile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Byline;
import org.baoku.issuefile.BylineType;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.GuideEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared real front page: what its gold reading expects of the body. */
class SamplePageTest {

    private static PageBody body;

    @BeforeAll
    static void parseSample() throws Exception {
        assumeTrue(SamplePage.available(), "shared sample not found at " + SamplePage.DIRECTORY.toAbsolutePath());
        body = new PageBodyParser().parse(SamplePage.bodyLines());
    }

    private static String all() {
        return body.articles().stream().map(a -> String.join("", a.paragraphs())).reduce("", String::concat);
    }

    private static Article article(String probe) {
        List<Article> hits = body.articles().stream().filter(a -> String.join("", a.paragraphs()).contains(probe)).toList();
        assertEquals(1, hits.size(), probe);
        return hits.get(0);
    }

    private static int occurrences(String text) {
        String all = all();
        int n = 0;
        for (int at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void sevenArticlesInPageOrder() {
        assertEquals(List.of("精准施策提升项目招引和人才引育质效 为现代化焦作建设增添新动能提供新支撑", "从创新驱动看动能之变",
                        "上半年我市居民收入稳步增长 人均可支配收入18173元,同比增长4.9%", "“空中网格员”赋能基层治理",
                        "", "刘冰项志红座谈交流", "市领导到修武县督导调研当前重点工作"),
                body.articles().stream().map(a -> a.headline() == null ? "" : a.headline()).toList());
    }

    @Test
    void titlesOfTheSeriesArticle() {
        Article article = article("资源枯竭城市重生的焦作逻辑");
        assertEquals("聚焦“两高四着力”奋力谱写新篇章", article.column());
        assertEquals("贯彻落实市委十二届八次全会精神", article.kicker());
        assertEquals("资源枯竭城市重生焦作逻辑探寻之二", article.subtitle());
        assertEquals(new Byline(BylineType.STAFF, null, null, null, List.of("孙国利")), article.byline());
        assertEquals("A02", article.continuedTo());
        assertEquals("①", article.jumpKey());
    }

    @Test
    void bylines() {
        assertEquals(List.of("焦娇", "翟倩倩"), article("市委书记李亦博主持召开市委专题会议").byline().reporters());
        assertEquals(new Byline(BylineType.WIRE, "新华社", "北京", "8月12日", List.of()),
                article("国家主席习近平应约同巴西总统卢拉通电话").byline());
        assertEquals(List.of("张毅", "郭嘉莉"), article("市长刘冰与交通银行河南省分行党委书记").byline().reporters());
    }

    @Test
    void repeatedPassagesAreKeptOnceInTheirArticles() {
        assertEquals(1, occurrences("突出培育和发展新质生产力"));
        assertEquals(1, occurrences("对辖区主干道、居民楼、小巷等区域"));
        assertTrue(String.join("", article("无人机参与基层治理真是高效").paragraphs()).contains("对辖区主干道、居民楼、小巷等区域"));
        assertEquals(1, occurrences("市政协主席宫松奇轻车简从到修武县"));
        assertTrue(all().contains("其结构之变要义"));
    }

    @Test
    void marksAreTakenOffTheText() {
        assertFalse(all().contains("下转"));
        assertFalse(all().contains("①"));
        assertEquals("市领导袁家超、董炳麓、薛志杰、宗家桢出席会议。",
                last(article("市委书记李亦博主持召开市委专题会议")));
    }

    @Test
    void guide() {
        assertEquals(List.of(new GuideEntry("一村一码,以科技力量守护万顷良田", "看我市“一码通”平台如何激发耕地保护效能", "A06"),
                new GuideEntry("详解我市企业职工如何申领病残津贴", null, "A03")), body.guide());
        assertFalse(all().contains("详见"));
    }

    @Test
    void findings() {
        List<String> codes = body.findings().stream().map(Finding::code).toList();
        assertTrue(codes.containsAll(List.of("DUPLICATE_PASSAGE", "TEXT_GAP", "MISSING_HEADLINE")), codes::toString);
        assertFalse(codes.contains("ORPHAN_TEXT"), codes::toString);
        Finding gap = body.findings().stream().filter(f -> f.code().equals("TEXT_GAP")).findFirst().orElseThrow();
        assertEquals(20, gap.line());
        assertEquals(0, gap.article());
        List<Integer> duplicateLines = body.findings().stream().filter(f -> f.code().equals("DUPLICATE_PASSAGE"))
                .map(Finding::line).toList();
        assertEquals(List.of(18, 116, 250), duplicateLines);
        Finding missing = body.findings().stream().filter(f -> f.code().equals("MISSING_HEADLINE")).findFirst().orElseThrow();
        assertEquals(204, missing.line());
        assertEquals(4, missing.article());
        assertNull(body.articles().get(4).headline());
    }

    private static String last(Article article) {
        return article.paragraphs().get(article.paragraphs().size() - 1);
    }
}
