package org.baoku.issuefile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.BylineType;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.GuideEntry;
import org.baoku.issuefile.Severity;
import org.junit.jupiter.api.Test;

/** The body parser end to end, on small invented pages, one rule each. */
class PageBodyParserTest {

    private final PageBodyParser parser = new PageBodyParser();

    private PageBody parse(String page) {
        return parser.parse(TestPages.lines(page));
    }

    private static List<String> codes(PageBody body) {
        return body.findings().stream().map(Finding::code).toList();
    }

    private static Finding only(PageBody body, String code) {
        List<Finding> found = body.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> code + " in " + body.findings());
        return found.get(0);
    }

    private static String text(Article article) {
        return String.join("", article.paragraphs());
    }

    private static int count(PageBody body, String passage) {
        String all = body.articles().stream().map(PageBodyParserTest::text).reduce("", String::concat);
        int n = 0;
        for (int at = all.indexOf(passage); at >= 0; at = all.indexOf(passage, at + 1)) {
            n++;
        }
        return n;
    }

    private static final String COLUMN_BROKEN_PAGE = """
            ## 云溪市召开秋粮收购工作推进会

            # 稳价保供 守好农民“钱袋子”

            ——云溪市秋粮收购工作纪实

            本报记者 林晓雨 周一帆

            今年秋粮收购开局平稳,全市已设立收购网

            点四十二个,日均收购能力超过三千吨。

            在城东粮库,前来售粮的车辆排起长

            队。粮库负责人介绍,今年新增了两

            条烘干线,农户当天就能拿到粮款。

            将提升仓储能力作为保障收购的关键

            环节,我市新建和改造仓容十二万吨。

            本报讯 (记者方舟)近日,云溪市图书馆新馆正式开放,

            首日接待读者两千余人次。

            新馆设有少儿阅读区和古籍修复室。①2
            """;

    @Test
    void kickerHeadlineSubtitleAndStaffByline() {
        Article article = parse(COLUMN_BROKEN_PAGE).articles().get(0);
        assertEquals("云溪市召开秋粮收购工作推进会", article.kicker());
        assertEquals("稳价保供 守好农民“钱袋子”", article.headline());
        assertEquals("云溪市秋粮收购工作纪实", article.subtitle());
        assertNull(article.column());
        assertEquals(BylineType.STAFF, article.byline().type());
        assertEquals(List.of("林晓雨", "周一帆"), article.byline().reporters());
    }

    @Test
    void columnBrokenLinesJoinWithoutSpacesAcrossBlankLines() {
        Article article = parse(COLUMN_BROKEN_PAGE).articles().get(0);
        assertEquals(List.of(
                "今年秋粮收购开局平稳,全市已设立收购网点四十二个,日均收购能力超过三千吨。",
                "在城东粮库,前来售粮的车辆排起长队。粮库负责人介绍,今年新增了两条烘干线,农户当天就能拿到粮款。",
                "将提升仓储能力作为保障收购的关键环节,我市新建和改造仓容十二万吨。"), article.paragraphs());
    }

    @Test
    void aNormalColumnBrokenPageHasNoDuplicateOrGap() {
        PageBody body = parse(COLUMN_BROKEN_PAGE);
        assertFalse(codes(body).contains("DUPLICATE_PASSAGE"), body.findings()::toString);
        assertFalse(codes(body).contains("TEXT_GAP"), body.findings()::toString);
        assertEquals(2, body.articles().size());
    }

    @Test
    void bylineAtAParagraphStartOpensAnArticleWithoutHeadline() {
        PageBody body = parse(COLUMN_BROKEN_PAGE);
        Article second = body.articles().get(1);
        assertNull(second.headline());
        assertEquals(BylineType.LOCAL_NEWS, second.byline().type());
        assertEquals(List.of("方舟"), second.byline().reporters());
        assertEquals(List.of("近日,云溪市图书馆新馆正式开放,首日接待读者两千余人次。", "新馆设有少儿阅读区和古籍修复室。"),
                second.paragraphs());
        Finding missing = only(body, "MISSING_HEADLINE");
        assertEquals(Severity.WARNING, missing.severity());
        assertEquals(23, missing.line());
        assertEquals(1, missing.article());
    }

    @Test
    void newsroomNamedInsideASentenceDoesNotStartAnArticle() {
        PageBody body = parse("""
                # 读者来信获回复

                本报记者 叶青

                有读者来信说,去年本报讯(记者方舟)报道的那座便民桥已经修好了。

                来信还抄录了“新华社北京电”等字样,记者核实了来信内容。
                """);
        assertEquals(1, body.articles().size(), body.articles()::toString);
        assertTrue(text(body.articles().get(0)).contains("本报讯(记者方舟)报道"));
        assertFalse(codes(body).contains("MISSING_HEADLINE"));
    }

    @Test
    void seriesLabelPlainKickerHeadlineAndSubtitleLine() {
        Article article = parse("""
                ## 走进新农村

                乡村振兴系列报道

                # 青石村的三次蝶变

                ——来自青石村的调查之一

                本报记者 孙一木

                青石村地处山区,过去交通不便。
                """).articles().get(0);
        assertEquals("走进新农村", article.column());
        assertEquals("乡村振兴系列报道", article.kicker());
        assertEquals("青石村的三次蝶变", article.headline());
        assertEquals("来自青石村的调查之一", article.subtitle());
    }

    @Test
    void subtitleOnTheHeadlineLine() {
        Article article = parse("""
                ## 溪水清了,鱼儿回来了 ——记云溪河综合治理三年

                本报记者 叶青

                三年前的云溪河,河道淤塞。
                """).articles().get(0);
        assertEquals("溪水清了,鱼儿回来了", article.headline());
        assertEquals("记云溪河综合治理三年", article.subtitle());
        assertNull(article.kicker());
    }

    @Test
    void subtitlePrintedAsAHeading() {
        Article article = parse("""
                # 青石村的三次蝶变

                ## ——来自青石村的调查之一

                本报记者 孙一木

                青石村地处山区,过去交通不便。
                """).articles().get(0);
        assertEquals("青石村的三次蝶变", article.headline());
        assertEquals("来自青石村的调查之一", article.subtitle());
    }

    @Test
    void seriesLabelUsedByTwoArticlesIsNotADuplicate() {
        PageBody body = parse("""
                ## 学习贯彻全会精神 奋力谱写云溪新篇章

                # 青石村的三次蝶变

                本报记者 孙一木

                青石村地处山区,过去交通不便。

                ## 学习贯彻全会精神 奋力谱写云溪新篇章

                # 东湖镇的产业新路

                本报记者 叶青

                东湖镇今年引进了三家农产品加工企业。
                """);
        assertEquals(2, body.articles().size());
        assertTrue(body.articles().stream().allMatch(a -> "学习贯彻全会精神 奋力谱写云溪新篇章".equals(a.kicker())));
        assertFalse(codes(body).contains("DUPLICATE_PASSAGE"), body.findings()::toString);
    }

    @Test
    void shortUnpunctuatedFirstLineOfAParagraphIsTextNotATitle() {
        Article article = parse("""
                # 新粮库投入使用

                本报记者 孙一木

                城东新粮库昨日正式投入使用。

                将提升仓储能力作为保障收购的关键

                环节,今年新建仓容十二万吨。
                """).articles().get(0);
        assertEquals("新粮库投入使用", article.headline());
        assertEquals(List.of("城东新粮库昨日正式投入使用。", "将提升仓储能力作为保障收购的关键环节,今年新建仓容十二万吨。"),
                article.paragraphs());
    }

    @Test
    void latinAndDigitTokensKeepTheirSpaceWhenJoined() {
        Article article = parse("""
                # 智能电网试点启动

                本报记者 孙一木

                试点项目采用SMART

                GRID技术,首批接入用户

                5000户,覆盖率达到

                98%。
                """).articles().get(0);
        assertEquals(List.of("试点项目采用SMART GRID技术,首批接入用户5000户,覆盖率达到98%。"), article.paragraphs());
    }

    @Test
    void continuationMarksSetTargetsAndLeaveTheText() {
        PageBody body = parse("""
                # 新粮库投入使用

                本报记者 孙一木

                城东新粮库可储粮五万吨,(下转A02版)①

                # 秋收时节烘干忙

                本报记者 叶青

                烘干中心今年新上两条烘干线。（下转Ａ０３版）②

                (上接A01版)③周边农户售粮更方便了。
                """);
        List<Article> articles = body.articles();
        assertEquals(3, articles.size());
        assertEquals("A02", articles.get(0).continuedTo());
        assertEquals("①", articles.get(0).jumpKey());
        assertEquals(List.of("城东新粮库可储粮五万吨,"), articles.get(0).paragraphs());
        assertEquals("A03", articles.get(1).continuedTo());
        assertEquals("②", articles.get(1).jumpKey());
        assertEquals("A01", articles.get(2).continuedFrom());
        assertEquals("③", articles.get(2).jumpKey());
        assertEquals(List.of("周边农户售粮更方便了。"), articles.get(2).paragraphs());
        // a continued part has its headline on the other page
        assertFalse(codes(body).contains("MISSING_HEADLINE"));
    }

    @Test
    void repeatedTailIsRemovedAndTheLostTextReported() {
        PageBody body = parse("""
                # 云溪河治理见成效

                本报讯 (记者方舟)今年以来,云溪河综合治理工程稳步推进。

                会议要求,要加快推进河道清淤和两岸绿化工程,确保汛期前完成主体施工任务。要强化部门协同,落实河长责任,推

                河道清淤和两岸绿化工程,确保汛期前完成主体施工任务。要强化部门协同,落实河长责任,推

                查,严防非法采砂行为。
                """);
        assertEquals(1, body.articles().size());
        assertEquals(1, count(body, "落实河长责任"));
        assertEquals(List.of("今年以来,云溪河综合治理工程稳步推进。",
                        "会议要求,要加快推进河道清淤和两岸绿化工程,确保汛期前完成主体施工任务。要强化部门协同,落实河长责任,推查,严防非法采砂行为。"),
                body.articles().get(0).paragraphs());
        Finding duplicate = only(body, "DUPLICATE_PASSAGE");
        assertEquals(7, duplicate.line());
        assertTrue(duplicate.message().contains("line 7") && duplicate.message().contains("line 5"), duplicate.message());
        assertEquals(0, duplicate.article());
        Finding gap = only(body, "TEXT_GAP");
        assertEquals(Severity.WARNING, gap.severity());
        assertEquals(9, gap.line());
        assertTrue(gap.message().contains("line 5"), gap.message());
        assertEquals(0, gap.article());
    }

    private static final String DISPLACED_BLOCK_PAGE = """
            # 新粮库投入使用

            本报记者 孙一木

            城东新粮库昨日正式投入使用,可储粮五万吨。

            粮库配备了智能测温系统,可实时监测粮情,(下转A02版)①

            设备,每天可处理湿粮六百吨,有效解决了农户晒粮难的问题。

            烘干中心位于镇东,今年新上两条烘干线,其中一条为生物质热源

            ## 秋收时节烘干忙

            本报记者 叶青

            烘干中心位于镇东,今年新上两条烘干线,其中一条为生物质热源

            设备,每天可处理湿粮六百吨,有效解决了农户晒粮难的问题。

            负责人说,烘干服务按成本价收费。
            """;

    @Test
    void blockRepeatedOutOfPlaceIsKeptOnceInItsOwnArticle() {
        PageBody body = parse(DISPLACED_BLOCK_PAGE);
        assertEquals(2, body.articles().size());
        Article granary = body.articles().get(0);
        Article dryers = body.articles().get(1);
        assertFalse(text(granary).contains("烘干"), text(granary));
        assertEquals("A02", granary.continuedTo());
        assertEquals(1, count(body, "烘干中心位于镇东"));
        assertEquals(1, count(body, "有效解决了农户晒粮难的问题"));
        assertTrue(text(dryers).contains("生物质热源设备,每天可处理湿粮六百吨"), text(dryers));
        Finding duplicate = only(body, "DUPLICATE_PASSAGE");
        assertEquals(9, duplicate.line());
        assertTrue(duplicate.message().contains("lines 9-11") && duplicate.message().contains("lines 17-19"),
                duplicate.message());
        assertEquals(1, duplicate.article());
        assertFalse(codes(body).contains("TEXT_GAP"), body.findings()::toString);
        assertFalse(codes(body).contains("ORPHAN_TEXT"), body.findings()::toString);
    }

    private static final String DISPLACED_HEADLINE_PAGE = """
            ## 云溪市举办秋季招聘会

            本报讯 (记者方舟)9月20日,云溪市秋季招聘会在会展中心举行,八十余家企业提供岗位两千余个。

            招聘会还设置了政策咨询台。

            本报讯 (记者林晓雨)9月20日上午,市长陶然与青石县县长白露举行会谈,双方就共建产业园区进行了交流。

            双方表示将加快推进园区规划编制。①2

            新华社北京9月20日电 某国际会议20日在京闭幕。

            会议通过了联合声明。

            ## 导读

            ## 溪水清了,鱼儿回来了 ——记云溪河综合治理三年

            ▶▶▶详见今日本报A05版

            ▶ 秋粮收购进行时 A03

            陶然白露会谈

            云溪市举办秋季招聘会

            9月20日,云溪市秋季招聘会在会展中心举行,八十余家企业提供岗位两千余个。
            """;

    @Test
    void displacedHeadlineIsAttachedToTheArticleItsWordsLead() {
        PageBody body = parse(DISPLACED_HEADLINE_PAGE);
        assertEquals(3, body.articles().size(), body.articles()::toString);
        assertEquals("陶然白露会谈", body.articles().get(1).headline());
        assertNull(body.articles().get(2).headline());
        Finding missing = only(body, "MISSING_HEADLINE");
        assertEquals(2, missing.article());
        assertEquals(11, missing.line());
        assertFalse(codes(body).contains("ORPHAN_TEXT"), body.findings()::toString);
    }

    @Test
    void strayRepeatOfHeadlineAndLeadAtThePageEndIsDroppedNotANewArticle() {
        PageBody body = parse(DISPLACED_HEADLINE_PAGE);
        assertEquals(1, count(body, "八十余家企业提供岗位两千余个"));
        assertEquals(1, body.articles().stream().filter(a -> "云溪市举办秋季招聘会".equals(a.headline())).count());
        Finding duplicate = only(body, "DUPLICATE_PASSAGE");
        assertEquals(25, duplicate.line());
        assertEquals(0, duplicate.article());
    }

    @Test
    void shortHeadlineRepeatedAloneAtThePageEndIsDropped() {
        PageBody body = parse("""
                ## 秋收忙

                本报记者 叶青

                镇东烘干中心今年新上两条烘干线。

                ## 导读

                ## 智能电网试点启动

                ▶▶▶详见今日本报A04版

                秋收忙
                """);
        assertEquals(1, body.articles().size());
        Finding duplicate = only(body, "DUPLICATE_PASSAGE");
        assertEquals(13, duplicate.line());
        assertEquals(0, duplicate.article());
        assertFalse(codes(body).contains("ORPHAN_TEXT"), body.findings()::toString);
    }

    @Test
    void guideEntriesAreReadAndNeverBody() {
        PageBody body = parse(DISPLACED_HEADLINE_PAGE);
        assertEquals(List.of(new GuideEntry("溪水清了,鱼儿回来了", "记云溪河综合治理三年", "A05"),
                new GuideEntry("秋粮收购进行时", null, "A03")), body.guide());
        assertEquals(0, count(body, "溪水清了"));
        assertEquals(0, count(body, "秋粮收购进行时"));
    }

    @Test
    void headlineThatFitsTwoArticlesIsNotGuessed() {
        PageBody body = parse("""
                本报讯 (记者方舟)市长陶然昨日调研秋粮收购,察看了城东粮库。

                本报讯 (记者叶青)市长陶然昨日调研秋粮烘干,察看了镇东烘干中心。

                ## 导读

                ## 智能电网试点启动

                ▶▶▶详见今日本报A04版

                陶然调研秋粮
                """);
        assertEquals(2, body.articles().size());
        assertTrue(body.articles().stream().allMatch(a -> a.headline() == null));
        Finding orphan = only(body, "ORPHAN_TEXT");
        assertEquals(11, orphan.line());
        assertEquals(2, body.findings().stream().filter(f -> f.code().equals("MISSING_HEADLINE")).count());
    }

    @Test
    void textOutsideEveryArticleIsReportedNotMadeAnArticle() {
        PageBody body = parse("""
                # 新粮库投入使用

                本报记者 孙一木

                城东新粮库昨日正式投入使用,可储粮五万吨。(下转A02版)①

                此外,镇上的农机合作社也开展了代收代储服务。

                ## 秋收时节烘干忙

                本报记者 叶青

                烘干中心今年新上两条烘干线。
                """);
        assertEquals(2, body.articles().size());
        assertEquals(0, count(body, "代收代储"));
        Finding orphan = only(body, "ORPHAN_TEXT");
        assertEquals(7, orphan.line());
        assertEquals(Severity.WARNING, orphan.severity());
    }

    @Test
    void unfinishedLastLineBeforeTheGuideStaysInItsArticle() {
        PageBody body = parse("""
                ## 市领导督导防汛工作

                本报讯 (记者方舟)市领导昨日到青石县督导防汛工作。

                他先后走进东湖镇和西岭

                ## 导读

                ## 智能电网试点启动

                ▶▶▶详见今日本报A04版
                """);
        assertEquals(1, body.articles().size());
        assertEquals(List.of("市领导昨日到青石县督导防汛工作。", "他先后走进东湖镇和西岭"), body.articles().get(0).paragraphs());
        assertFalse(codes(body).contains("ORPHAN_TEXT"), body.findings()::toString);
        assertEquals(List.of(new GuideEntry("智能电网试点启动", null, "A04")), body.guide());
    }

    @Test
    void guideBlockEndsAtTheFirstLineThatIsNeitherTitleNorReference() {
        PageBody body = parse("""
                ## 导读

                秋粮收购进行时 ▶A03

                ## 溪水清了,鱼儿回来了

                ——记云溪河综合治理三年

                ▶▶▶详见今日本报A05版

                # 新粮库投入使用

                本报记者 孙一木

                城东新粮库昨日正式投入使用。
                """);
        assertEquals(List.of(new GuideEntry("秋粮收购进行时", null, "A03"),
                new GuideEntry("溪水清了,鱼儿回来了", "记云溪河综合治理三年", "A05")), body.guide());
        assertEquals(1, body.articles().size());
        assertEquals("新粮库投入使用", body.articles().get(0).headline());
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        PageBody expected = parse(DISPLACED_HEADLINE_PAGE);
        List<Line> lines = TestPages.lines(DISPLACED_HEADLINE_PAGE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<PageBody>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> parser.parse(lines)));
            }
            for (Future<PageBody> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyBodyReadsAsNothing() {
        PageBody body = parse("\n\n   \n");
        assertTrue(body.articles().isEmpty());
        assertTrue(body.guide().isEmpty());
        assertTrue(body.findings().isEmpty());
    }
}
