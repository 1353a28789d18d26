package org.baoku.issuefile.parse.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineJoinerTest {

    private final LineRoles roles = new LineRoles(new BylineParser(), new ContinuationMarks());
    private final LineJoiner joiner = new LineJoiner(roles, new PlainTitleRule(roles));

    private static List<FlowItem> flow(Object... items) {
        List<FlowItem> flow = new ArrayList<>();
        int number = 1;
        for (Object item : items) {
            if (item instanceof String text) {
                PrintedLine.Display display = text.startsWith("#") ? PrintedLine.Display.HEADING : PrintedLine.Display.PLAIN;
                flow.add(new PrintedLine(number, display, text.replaceFirst("^#+\\s*", ""), true));
            } else {
                flow.add((FlowItem) item);
            }
            number += 2;
        }
        return flow;
    }

    private List<String> kinds(List<Block> blocks) {
        return blocks.stream().map(b -> b.kind() + ":" + b.text()).toList();
    }

    @Test
    void unfinishedLinesJoinUntilASentenceEnds() {
        List<Block> blocks = joiner.join(flow("在城东粮库,前来售粮的车辆排起长", "队。", "粮库负责人介绍,今年新增了两", "条烘干线。"));
        assertEquals(List.of("PARAGRAPH:在城东粮库,前来售粮的车辆排起长队。", "PARAGRAPH:粮库负责人介绍,今年新增了两条烘干线。"),
                kinds(blocks));
    }

    @Test
    void linesWithoutABlankBetweenThemAreOneParagraph() {
        List<FlowItem> flow = new ArrayList<>();
        flow.add(new PrintedLine(1, PrintedLine.Display.PLAIN, "第一句话说完了。", true));
        flow.add(new PrintedLine(2, PrintedLine.Display.PLAIN, "第二句紧接着印在下一行。", false));
        assertEquals(List.of("PARAGRAPH:第一句话说完了。第二句紧接着印在下一行。"), kinds(joiner.join(flow)));
    }

    @Test
    void closingQuoteEndsASentenceOnlyAfterAFullStop() {
        assertEquals(List.of("PARAGRAPH:他说:“今年收成好。”", "PARAGRAPH:做好“带土移植”文章。"),
                kinds(joiner.join(flow("他说:“今年收成好。”", "做好“带土移植”", "文章。"))));
    }

    @Test
    void nothingJoinsIntoAHeadingABylineOrAcrossASectionBreak() {
        List<Block> blocks = joiner.join(flow("市领导到青石县督导。", "他先后走进东湖镇和西岭", new SectionBreak(5),
                "村,察看秋收进度。", "## 新粮库投入使用", "本报讯 (记者方舟)城东新粮库", "昨日投入使用。"));
        assertEquals(List.of("PARAGRAPH:市领导到青石县督导。", "PARAGRAPH:他先后走进东湖镇和西岭", "SECTION_BREAK:", "PARAGRAPH:村,察看秋收进度。",
                "HEADING:新粮库投入使用", "PARAGRAPH:本报讯 (记者方舟)城东新粮库昨日投入使用。"), kinds(blocks));
    }

    @Test
    void shortPlainLineBeforeAHeadingIsATitle() {
        List<Block> blocks = joiner.join(flow("贯彻落实全会精神", "# 从创新驱动看动能之变", "——系列调查之二", "本报记者 孙一木"));
        assertEquals(List.of("TITLE:贯彻落实全会精神", "HEADING:从创新驱动看动能之变", "SUBTITLE:——系列调查之二",
                "PARAGRAPH:本报记者 孙一木"), kinds(blocks));
    }

    @Test
    void shortPlainLineAloneAtThePageEndIsATitleUnlessItEndsAnOpenArticle() {
        assertEquals(List.of("SECTION_BREAK:", "TITLE:陶然白露会谈"), kinds(joiner.join(flow(new SectionBreak(1), "陶然白露会谈"))));
        assertEquals(List.of("PARAGRAPH:市领导到青石县督导。", "PARAGRAPH:他先后走进东湖镇和西岭"),
                kinds(joiner.join(flow("市领导到青石县督导。", "他先后走进东湖镇和西岭"))));
    }

    @Test
    void shortPlainLineThatRunsOnIsText() {
        List<Block> blocks = joiner.join(flow("新粮库投入使用。", "将提升仓储能力作为保障收购的关键", "环节,今年新建仓容十二万吨。"));
        assertEquals(List.of("PARAGRAPH:新粮库投入使用。", "PARAGRAPH:将提升仓储能力作为保障收购的关键环节,今年新建仓容十二万吨。"),
                kinds(blocks));
    }
}
