package org.baoku.issuefile.parse.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.baoku.issuefile.Byline;
import org.baoku.issuefile.BylineType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BylineParserTest {

    private final BylineParser parser = new BylineParser();

    private BylineParser.BylineMatch parse(String text) {
        return parser.parseStart(text).orElseThrow(() -> new AssertionError("no byline in " + text));
    }

    @Test
    void localNewsWithAsciiParenthesesSplitsReportersOnEnumerationComma() {
        BylineParser.BylineMatch match = parse("本报讯 (记者林晓雨、周一帆)9月3日,云溪市召开秋粮收购推进会。");
        assertEquals(BylineType.LOCAL_NEWS, match.byline().type());
        assertEquals(List.of("林晓雨", "周一帆"), match.byline().reporters());
        assertEquals("9月3日,云溪市召开秋粮收购推进会。", match.rest());
        assertNull(match.byline().agency());
        assertNull(match.byline().place());
        assertNull(match.byline().date());
    }

    @Test
    void localNewsWithFullWidthParenthesesAndCommasOrSpaces() {
        assertEquals(List.of("林晓雨", "周一帆"), parse("本报讯（记者林晓雨，周一帆）昨日上午……").byline().reporters());
        assertEquals(List.of("林晓雨", "周一帆"), parse("本报讯(记者 林晓雨 周一帆)昨日上午……").byline().reporters());
        assertEquals(List.of("林晓雨", "周一帆", "郑安"),
                parse("本报讯（记者 林晓雨,周一帆 通讯员 郑安）昨日上午……").byline().reporters());
    }

    @Test
    void localNewsOnItsOwnLineIsAWholeLineByline() {
        BylineParser.BylineMatch match = parse("本报讯 (记者林晓雨)");
        assertTrue(match.wholeLine());
        assertTrue(parser.isBylineOnly("本报讯 (记者林晓雨)"));
        assertFalse(parser.isBylineOnly("本报讯 (记者林晓雨)昨日上午,……"));
    }

    @Test
    void localDatelineNamesPlaceAndDate() {
        Byline byline = parse("本报北京1月31日电 (记者陶然)全国春运首日……").byline();
        assertEquals(BylineType.LOCAL_NEWS, byline.type());
        assertEquals("北京", byline.place());
        assertEquals("1月31日", byline.date());
        assertEquals(List.of("陶然"), byline.reporters());
    }

    @Test
    void wireDatelineWithoutReporters() {
        BylineParser.BylineMatch match = parse("新华社北京8月12日电 8月12日,某国际论坛在京开幕。");
        assertEquals(new Byline(BylineType.WIRE, "新华社", "北京", "8月12日", List.of()), match.byline());
        assertEquals("8月12日,某国际论坛在京开幕。", match.rest());
    }

    @Test
    void wireDatelineWithReportersAndFullWidthDigits() {
        Byline byline = parse("新华社杭州１０月５日电（记者 方舟 白露）国庆假期……").byline();
        assertEquals(BylineType.WIRE, byline.type());
        assertEquals("杭州", byline.place());
        assertEquals("10月5日", byline.date());
        assertEquals(List.of("方舟", "白露"), byline.reporters());
    }

    @Test
    void staffLineWithOneOrSeveralNames() {
        assertEquals(new Byline(BylineType.STAFF, null, null, null, List.of("孙一木")), parse("本报记者 孙一木").byline());
        assertEquals(List.of("孙一木", "叶青"), parse("本报记者 孙一木 叶青").byline().reporters());
        assertEquals(List.of("孙一木", "叶青"), parse("本报记者 孙一木、叶青").byline().reporters());
    }

    @Test
    void staffReporterAndCorrespondentTogetherAreBothReporters() {
        Byline byline = parse("本报记者 孙一木 通讯员 郑安").byline();
        assertEquals(BylineType.STAFF, byline.type());
        assertEquals(List.of("孙一木", "郑安"), byline.reporters());
    }

    @Test
    void creditWordsAfterTheNamesAreNoNames() {
        assertEquals(List.of("王一鸣"), parse("本报记者 王一鸣 摄").byline().reporters());
        assertEquals(List.of("王一鸣", "李晓文"), parse("本报记者 王一鸣 李晓文 文/图").byline().reporters());
    }

    @Test
    void correspondentAloneIsAnotherKindOfByline() {
        Byline byline = parse("通讯员 郑安").byline();
        assertEquals(BylineType.OTHER, byline.type());
        assertEquals(List.of("郑安"), byline.reporters());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "本报记者日前从云溪市统计局获悉,前三季度……",
            "本报记者走访了多家企业",
            "记者从市交通局获悉,新线路将于下月开通。",
            "据了解,本报讯(记者林晓雨)曾报道此事。",
            "合作社成员电话联系了收购商。",
            "新华社记者的镜头记录下这一刻,",
    })
    void sentencesThatOnlyMentionTheNewsroomAreNotBylines(String text) {
        assertTrue(parser.parseStart(text).isEmpty(), text);
    }

    @Test
    void namesSpacedToFillTheColumnAreOneName() {
        assertEquals(List.of("黄娴"), parse("本报记者　黄　娴").byline().reporters());
        assertEquals(List.of("黄娴", "周一帆"), parse("本报记者 黄\u00A0娴 周一帆").byline().reporters());
        assertEquals(List.of("王五", "赵六"), parse("新华社北京1月17日电（记者 王　五、赵　六）").byline().reporters());
        assertEquals(List.of("张三"), parse("本报记者 张　三 摄").byline().reporters());
    }

    @Test
    void creditAfterAnIdeographicSpaceBelongsToTheDateline() {
        BylineParser.BylineMatch match = parse("本报北京1月20日电　（记者李四）国务院新闻办公室今天举行发布会。");
        assertEquals(List.of("李四"), match.byline().reporters());
        assertEquals("北京", match.byline().place());
        assertEquals("国务院新闻办公室今天举行发布会。", match.rest());
    }

    @Test
    void trailingCreditNamesTheWriter() {
        BylineParser.TrailingCredit credit = parser.parseTrailingCredit("活动将持续到月底。（张三）").orElseThrow();
        assertEquals(BylineType.OTHER, credit.byline().type());
        assertEquals(List.of("张三"), credit.byline().reporters());
        assertEquals("活动将持续到月底。", credit.before());
        assertEquals(BylineType.STAFF, parser.parseTrailingCredit("（本报记者 黄　娴）").orElseThrow().byline().type());
        BylineParser.TrailingCredit wire = parser.parseTrailingCredit("（新华社记者 王五）").orElseThrow();
        assertEquals("新华社", wire.byline().agency());
        assertEquals(List.of("王五"), wire.byline().reporters());
    }

    @ParameterizedTest
    @ValueSource(strings = {"图为游客在古镇参观。（新华社记者 李明摄）", "全文完。（完）", "增长了百分之五（同比）",
            "这是一句话。（本文作者为某大学教授）", "（张三 供图）"})
    void bracketsThatNameNoWriterAreNoTrailingCredit(String text) {
        assertTrue(parser.parseTrailingCredit(text).isEmpty(), text);
    }
}
