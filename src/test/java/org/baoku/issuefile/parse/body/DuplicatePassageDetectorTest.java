package org.baoku.issuefile.parse.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.parse.Line;
import org.baoku.issuefile.parse.PageBody;
import org.baoku.issuefile.parse.PageBodyParser;
import org.junit.jupiter.api.Test;

class DuplicatePassageDetectorTest {

    private final DuplicatePassageDetector detector = new DuplicatePassageDetector();

    /** Plain lines numbered 1, 3, 5… as if separated by blank lines. */
    private static List<PrintedLine> plain(String... texts) {
        List<PrintedLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new PrintedLine(2 * i + 1, PrintedLine.Display.PLAIN, texts[i], true));
        }
        return lines;
    }

    private DuplicatePassageDetector.Duplicates detect(List<PrintedLine> lines, boolean... outside) {
        boolean[] out = outside.length == 0 ? new boolean[lines.size()] : outside;
        return detector.detect(lines, out, new boolean[lines.size()]);
    }

    @Test
    void paragraphTailPrintedAgainIsTheLaterCopy() {
        var found = detect(plain(
                "会议要求,要加快推进河道清淤和两岸绿化工程,确保汛期前完成主体施工任务。要强化部门协同,落实河长",
                "确保汛期前完成主体施工任务。要强化部门协同,落实河长",
                "责任。"));
        assertEquals(Set.of(3), found.removedLines());
        assertEquals(List.of(new DuplicatePassageDetector.Copy(List.of(3), 1, 1)), found.copies());
    }

    @Test
    void copyOutsideAnyArticleGoesEvenWhenItComesFirst() {
        var found = detect(plain(
                        "新粮库可储粮五万吨。(下转A02版)①",
                        "设备,每天可处理湿粮六百吨,有效解决了农户晒粮难的问题。",
                        "烘干中心位于镇东,今年新上两条烘干线,其中一条为生物质热源",
                        "烘干中心位于镇东,今年新上两条烘干线,其中一条为生物质热源",
                        "设备,每天可处理湿粮六百吨,有效解决了农户晒粮难的问题。"),
                false, true, true, false, false);
        assertEquals(Set.of(3, 5), found.removedLines());
        assertEquals(List.of(new DuplicatePassageDetector.Copy(List.of(3, 5), 7, 9)), found.copies());
    }

    @Test
    void shortLineTravelsWithTheCopyItContinues() {
        var found = detect(plain(
                        "烘干中心位于镇东,今年新上两条烘干线,其中一条为生物质热源",
                        "设备,日处理六百吨。",
                        "负责人说,烘干服务按成本价收费。",
                        "烘干中心位于镇东,今年新上两条烘干线,其中一条为生物质热源",
                        "设备,日处理六百吨。"),
                false, false, false, true, true);
        assertEquals(Set.of(7, 9), found.removedLines());
    }

    @Test
    void repeatedHeadlineLineIsACopy() {
        List<PrintedLine> lines = new ArrayList<>();
        lines.add(new PrintedLine(1, PrintedLine.Display.HEADING, "云溪市举办秋季招聘会", true));
        lines.add(new PrintedLine(3, PrintedLine.Display.PLAIN, "招聘会还设置了政策咨询台。", true));
        lines.add(new PrintedLine(5, PrintedLine.Display.PLAIN, "云溪市举办秋季招聘会", true));
        assertEquals(Set.of(5), detect(lines).removedLines());
    }

    @Test
    void commonPhrasesAndShortSentencesAreNotCopies() {
        var found = detect(plain(
                "城镇居民人均可支配收入两万元,同比增长百分之五。",
                "同比增长百分之五。",
                "农村居民人均可支配收入一万元,同比增长百分之五。",
                "同比增长百分之五。"));
        assertTrue(found.removedLines().isEmpty(), found.removedLines()::toString);
    }

    @Test
    void repeatedBylinesAreKept() {
        List<PrintedLine> lines = plain("本报记者 孙一木 通讯员 郑安", "城东新粮库昨日正式投入使用。", "本报记者 孙一木 通讯员 郑安");
        var found = detector.detect(lines, new boolean[3], new boolean[] {true, false, true});
        assertTrue(found.removedLines().isEmpty());
    }

    @Test
    void aLargePageIsReadInLinearTime() {
        // 1 MB of text from a fixed seed, with one passage printed twice near the end
        Random random = new Random(20250813);
        StringBuilder page = new StringBuilder("# 大版面测试\n\n本报记者 孙一木\n\n");
        String repeated = null;
        while (page.length() < 1_000_000) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 18; i++) {
                line.append((char) ('\u4E00' + random.nextInt(6000)));
            }
            line.append(random.nextInt(4) == 0 ? "。" : "");
            if (repeated == null && page.length() > 900_000) {
                repeated = line.toString() + "仍在继续的句子";
            }
            page.append(line).append("\n\n");
        }
        page.append(repeated).append("\n\n").append(repeated).append("。\n");
        List<Line> lines = org.baoku.issuefile.parse.TestPages.lines(page.toString());
        PageBody body = new PageBodyParser().parse(lines);
        assertEquals(1, body.findings().stream().map(Finding::code).filter("DUPLICATE_PASSAGE"::equals).count(),
                body.findings()::toString);
    }

    @Test
    void aPageOfOneLineRepeatedStaysFast() {
        String line = "同一行文字被反复印刷了许多次,版面完全损坏。\n\n";
        List<Line> lines = org.baoku.issuefile.parse.TestPages.lines("# 损坏的版面\n\n本报记者 孙一木\n\n" + line.repeat(40_000));
        PageBody body = new PageBodyParser().parse(lines);
        assertTrue(body.findings().stream().anyMatch(f -> f.code().equals("DUPLICATE_PASSAGE")));
    }
}
