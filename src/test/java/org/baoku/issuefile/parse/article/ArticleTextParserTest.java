package org.baoku.issuefile.parse.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Byline;
import org.baoku.issuefile.BylineType;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.Layout;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Severity;
import org.baoku.issuefile.Source;
import org.baoku.issuefile.parse.decode.DecodedText;
import org.baoku.issuefile.parse.decode.IssueFileDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTextParserTest {

    private static final String NAME = "20240120-04-03.txt";
    private static final DeliveryDescriptor YUNJIANG =
            DeliveryDescriptor.parse(null, "publication=云江日报\npageLabel=A%02d\n");

    private final ArticleTextParser parser = new ArticleTextParser(file -> Optional.of(YUNJIANG));

    private ParseResult parse(ArticleTextParser with, String name, byte[] content) {
        DecodedText decoded = with.decode(name, content);
        Source source = new Source("inbox/" + name, "0".repeat(64), decoded.encoding(), content.length);
        return with.parse(source, decoded, ArticleFileName.parse(name).orElse(null));
    }

    private ParseResult parse(String text) {
        return parse(parser, NAME, text.getBytes(StandardCharsets.UTF_8));
    }

    private Article article(String text) {
        ParseResult result = parse(text);
        assertEquals(1, result.articles().size(), result.findings().toString());
        return result.articles().get(0);
    }

    private static List<String> codes(ParseResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    @Test
    void theResultTakesDatePageAndNumberFromTheNameAndThePublicationFromTheDescriptor() {
        ParseResult result = parse("春运首日客流平稳\n\n本报记者 张三\n\n今天是春运首日，全市客流平稳有序。\n");
        assertEquals(ParseStatus.ACCEPTED, result.status(), result.findings().toString());
        assertEquals(Layout.ARTICLE_TEXT, result.source().layout());
        assertEquals("云江日报", result.issue().publication());
        assertEquals(LocalDate.of(2024, 1, 20), result.issue().date());
        assertNull(result.issue().weekday());
        assertNull(result.issue().issueNumber());
        assertEquals("A04", result.page().label());
        assertNull(result.page().section());
        assertEquals(3, result.articles().get(0).number());
        assertEquals(List.of(), result.guide());
    }

    @Test
    void kickerHeadlineAndDashedSubtitle() {
        Article article = article("寒潮过后抢农时\n百万亩冬小麦进入越冬管护期\n——农技人员下沉田间开展指导\n本报记者 张三\n"
                + "　　连日来，我市气温骤降。\n　　农技人员深入田间。\n");
        assertEquals("寒潮过后抢农时", article.kicker());
        assertEquals("百万亩冬小麦进入越冬管护期", article.headline());
        assertEquals("农技人员下沉田间开展指导", article.subtitle());
        assertEquals(List.of("连日来，我市气温骤降。", "农技人员深入田间。"), article.paragraphs());
    }

    @Test
    void aHeadlineAloneHasNoKickerOrSubtitle() {
        Article article = article("城区新增十二条公交线路\n\n市交通运输局发布消息，今年将新增公交线路。\n");
        assertEquals("城区新增十二条公交线路", article.headline());
        assertNull(article.kicker());
        assertNull(article.subtitle());
        assertNull(article.byline());
    }

    @Test
    void staffBylineOnItsOwnLineWithASpacedName() {
        Byline byline = article("标题在此\n本报记者　黄　娴\n　　正文第一段。\n").byline();
        assertEquals(new Byline(BylineType.STAFF, null, null, null, List.of("黄娴")), byline);
        Byline nbsp = article("标题在此\n本报记者 黄\u00A0娴 通讯员 陈静\n　　正文第一段。\n").byline();
        assertEquals(List.of("黄娴", "陈静"), nbsp.reporters());
    }

    @Test
    void localDatelineOnItsOwnLineWithAnIdeographicSpaceBeforeTheCredit() {
        Article article = article("会议召开\n本报北京1月20日电　（记者李四）\n\n会议今天在京召开。\n");
        assertEquals(new Byline(BylineType.LOCAL_NEWS, null, "北京", "1月20日", List.of("李四")), article.byline());
        assertEquals(List.of("会议今天在京召开。"), article.paragraphs());
    }

    @Test
    void wireDatelineOpeningTheFirstParagraph() {
        Article article = article("冰雪旅游升温\n新华社北京1月17日电（记者 王五、赵六）多地推出惠民措施。\n\n游客明显增多。\n");
        assertEquals(new Byline(BylineType.WIRE, "新华社", "北京", "1月17日", List.of("王五", "赵六")), article.byline());
        assertEquals(List.of("多地推出惠民措施。", "游客明显增多。"), article.paragraphs());
    }

    @Test
    void localNewsOpeningTheFirstParagraph() {
        Article article = article("社区开设微书房\n\n本报讯（记者 孙丽）近日，市图书馆开设“微书房”。\n");
        assertEquals(new Byline(BylineType.LOCAL_NEWS, null, null, null, List.of("孙丽")), article.byline());
        assertEquals(List.of("近日，市图书馆开设“微书房”。"), article.paragraphs());
    }

    @Test
    void aTrailingNameInBracketsIsTheReporter() {
        Article article = article("老街区焕发新活力\n　　青石板路干净整洁。\n　　让传统手艺在老街扎根。（张　三）\n");
        assertEquals(new Byline(BylineType.OTHER, null, null, null, List.of("张三")), article.byline());
        assertEquals(List.of("青石板路干净整洁。", "让传统手艺在老街扎根。"), article.paragraphs());
        Article alone = article("老街区焕发新活力\n\n青石板路干净整洁。\n\n（本报记者 张三）\n");
        assertEquals(BylineType.STAFF, alone.byline().type());
        assertEquals(List.of("青石板路干净整洁。"), alone.paragraphs());
    }

    @Test
    void aBareSpacedNameUnderTheHeadlineIsTheAuthor() {
        Article article = article("人勤春来早\n吴　桐\n　　腊月里的乡村并不清闲。\n");
        assertEquals("人勤春来早", article.headline());
        assertNull(article.kicker());
        assertEquals(List.of("吴桐"), article.byline().reporters());
    }

    @Test
    void captionsAndPhotoCreditsAreNeitherTextNorReporters() {
        ParseResult result = parse("冰雪旅游升温\n本报讯（记者 孙丽）游客明显增多。\n图为游客在冰雪大世界游玩。（新华社记者 陈晓峰摄）\n"
                + "上图：市民选购年货。\n本报记者 马立 摄\n活动将持续到元宵节。\n");
        Article article = result.articles().get(0);
        assertEquals(List.of("孙丽"), article.byline().reporters());
        assertEquals(List.of("游客明显增多。", "活动将持续到元宵节。"), article.paragraphs());
        List<Finding> captions = result.findings().stream()
                .filter(f -> f.code().equals(ArticleTextParser.PHOTO_CAPTION)).toList();
        assertEquals(List.of(3, 4, 5), captions.stream().map(Finding::line).toList());
        assertTrue(captions.stream().allMatch(f -> f.severity() == Severity.INFO && Integer.valueOf(0).equals(f.article())));
    }

    @Test
    void brokenLinesAreJoinedAndBlankLinesOrIndentationSeparateParagraphs() {
        Article blanks = article("标题\n\n今年春运将于1月26日开始，\n预计人员流动量达90亿人次。\n\n会议要求加强运输组织，强化安全\n\n监管。\n");
        assertEquals(List.of("今年春运将于1月26日开始，预计人员流动量达90亿人次。", "会议要求加强运输组织，强化安全监管。"),
                blanks.paragraphs());
        Article indented = article("标题\n　　第一段说到一半，\n接着说完。\n　　第二段。\n");
        assertEquals(List.of("第一段说到一半，接着说完。", "第二段。"), indented.paragraphs());
        Article lineEach = article("标题\n本报记者 张三\n第一段。\n第二段，说到一半\n接着说完。\n");
        assertEquals(List.of("第一段。", "第二段，说到一半接着说完。"), lineEach.paragraphs());
    }

    @Test
    void continuationMarksSetThePagesInTheDeliverysLabels() {
        Article first = article("公交线路\n\n本报讯（记者 孙丽）新增十二条线路。（下转第五版）\n");
        assertEquals("A05", first.continuedTo());
        assertEquals(List.of("新增十二条线路。"), first.paragraphs());
        Article second = article("公交线路\n（上接第一版）\n\n智能站牌即将投用。\n");
        assertEquals("A01", second.continuedFrom());
        assertEquals(List.of("智能站牌即将投用。"), second.paragraphs());
        assertEquals("A05", article("公交线路\n\n新增线路。(下转A05版)\n").continuedTo());
    }

    @Test
    void aContinuedPartWithoutHeadlineIsOnlyNoted() {
        ParseResult result = parse("（上接第一版）智能站牌即将投用。\n\n乘客可实时查询。\n");
        assertEquals("A01", result.articles().get(0).continuedFrom());
        Finding missing = result.findings().stream().filter(f -> f.code().equals(ArticleTextParser.MISSING_HEADLINE))
                .findFirst().orElseThrow();
        assertEquals(Severity.INFO, missing.severity());
        assertEquals(ParseStatus.ACCEPTED, result.status());
    }

    @Test
    void textWithoutTitlesHasNoHeadlineAndAWarning() {
        ParseResult result = parse("近日，市图书馆在二十个社区开设“微书房”，居民可就近借阅。\n据了解，书目将定期更新。\n");
        assertNull(result.articles().get(0).headline());
        assertEquals(ParseStatus.ACCEPTED_WITH_WARNINGS, result.status());
        Finding missing = result.findings().get(0);
        assertEquals(ArticleTextParser.MISSING_HEADLINE, missing.code());
        assertEquals(1, missing.line());
        assertEquals(2, result.articles().get(0).paragraphs().size());
    }

    @Test
    void aDatelineOutsideTheWeekBeforeTheIssueDateIsAWarning() {
        ParseResult late = parse("港口吞吐量增长\n本报上海1月3日电（记者 郑可）去年港口吞吐量增长。\n");
        Finding mismatch = late.findings().get(0);
        assertEquals(DatelineCheck.DATELINE_MISMATCH, mismatch.code());
        assertEquals(2, mismatch.line());
        assertEquals(ParseStatus.ACCEPTED_WITH_WARNINGS, late.status());
        assertEquals(List.of(), codes(parse("港口吞吐量增长\n本报上海1月19日电（记者 郑可）去年港口吞吐量增长。\n")));
        assertTrue(codes(parse("港口吞吐量增长\n本报上海1月21日电（记者 郑可）明天的消息。\n"))
                .contains(DatelineCheck.DATELINE_MISMATCH), "a dateline after the issue date");
        ParseResult newYear = parse(parser, "20240102-01-01.txt",
                "新年\n新华社北京12月31日电 新年前夜。\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), codes(newYear), "last year's dateline in the first days of a year");
    }

    @Test
    void gb18030AndCrlfFilesReadLikeUtf8() {
        String text = "老街区焕发新活力\r\n本报记者 张三\r\n\r\n青石板路干净整洁，\r\n沿街老房子修缮一新。\r\n";
        ParseResult gb = parse(parser, NAME, text.getBytes(Charset.forName("GB18030")));
        assertEquals("GB18030", gb.source().encoding());
        Article article = gb.articles().get(0);
        assertEquals("老街区焕发新活力", article.headline());
        assertEquals(List.of("张三"), article.byline().reporters());
        assertEquals(List.of("青石板路干净整洁，沿街老房子修缮一新。"), article.paragraphs());
        assertEquals(article, parse(text).articles().get(0));
    }

    @Test
    void theDescriptorsEncodingIsUsedAndAWrongOneFallsBackToDetection() {
        DeliveryDescriptor gbk = DeliveryDescriptor.parse(null, "publication=云江日报\nencoding=GBK\n");
        ArticleTextParser gbkParser = new ArticleTextParser(file -> Optional.of(gbk));
        byte[] gbBytes = "标题\n正文。\n".getBytes(Charset.forName("GBK"));
        assertEquals("GBK", parse(gbkParser, NAME, gbBytes).source().encoding());

        DeliveryDescriptor ascii = DeliveryDescriptor.parse(null, "publication=云江日报\nencoding=US-ASCII\n");
        ParseResult fallback = parse(new ArticleTextParser(file -> Optional.of(ascii)), NAME,
                "标题\n正文。\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", fallback.source().encoding());
        assertTrue(codes(fallback).contains(ArticleTextParser.ENCODING_OVERRIDE_FAILED));
    }

    @Test
    void withoutDescriptorThePublicationIsUnknownAndSaidSo() {
        ParseResult result = parse(new ArticleTextParser(DescriptorLookup.none()), NAME,
                "标题\n正文。\n".getBytes(StandardCharsets.UTF_8));
        assertNull(result.issue().publication());
        assertEquals("04", result.page().label());
        assertEquals(List.of(ArticleTextParser.NO_DELIVERY_DESCRIPTOR), codes(result));
        assertEquals(ParseStatus.ACCEPTED_WITH_WARNINGS, result.status());
    }

    @Test
    void descriptorWarningsReachTheResult() {
        DeliveryDescriptor typo = DeliveryDescriptor.parse(null, "publication=云江日报\npagelabel=A%02d\n");
        ParseResult result = parse(new ArticleTextParser(file -> Optional.of(typo)), NAME,
                "标题\n正文。\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(DeliveryDescriptor.INVALID), codes(result));
        assertEquals("04", result.page().label());
    }

    @Test
    void emptyFilesAndFilesNamedOtherwiseAreRejected() {
        ParseResult empty = parse(parser, NAME, new byte[0]);
        assertEquals(ParseStatus.REJECTED, empty.status());
        assertEquals(IssueFileDecoder.EMPTY_FILE, empty.rejectionReason().code());
        assertEquals(ParseStatus.REJECTED, parse(parser, NAME, "\n\u3000\n".getBytes(StandardCharsets.UTF_8)).status());
        ParseResult misnamed = parse(parser, "notes.txt", "标题\n正文。\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(ArticleTextParser.NOT_AN_ARTICLE_FILE_NAME, misnamed.rejectionReason().code());
        assertTrue(misnamed.articles().isEmpty());
    }

    @Test
    void aHeadlineWithNothingBelowIsAWarning() {
        ParseResult result = parse("只有一个标题\n");
        assertEquals("只有一个标题", result.articles().get(0).headline());
        assertEquals(List.of(ArticleTextParser.NO_BODY_TEXT), codes(result));
    }

    @ParameterizedTest
    @ValueSource(strings = {"（）", "——", "（下转第版）", "本报讯", "（\n）\n（", "。。。", "#", "a\u0000b", "——\n——\n——\n——\n——\n——",
            "本报记者\n\n（记者）\n图为", "\uFEFF标题\n（上接第九十九版）（下转第一百版）"})
    void oddContentNeverThrows(String text) {
        ParseResult result = parse(parser, NAME, text.getBytes(StandardCharsets.UTF_8));
        assertFalse(result.status() == ParseStatus.REJECTED && result.rejectionReason() == null);
        result.findings().forEach(f -> assertFalse(f.code().equals(ArticleTextParser.PARSER_FAILURE), text));
    }

    @Test
    void readsAFileOfTheTestDeliveryFromDisk() throws IOException {
        ParseResult result = new ArticleTextParser().parse(TestDelivery.file("2024/01/20/20240120-02-01.txt"));
        assertEquals(64, result.source().sha256().length());
        assertEquals("云江日报", result.issue().publication());
        assertEquals(List.of("王五", "赵六"), result.articles().get(0).byline().reporters());
        assertEquals(Path.of(result.source().path()).getFileName().toString(), "20240120-02-01.txt");
    }
}
