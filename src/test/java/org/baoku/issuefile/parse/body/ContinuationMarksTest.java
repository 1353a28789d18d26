package org.baoku.issuefile.parse.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContinuationMarksTest {

    private final ContinuationMarks marks = new ContinuationMarks();

    @Test
    void continuedToWithAsciiBracketsEndsThePart() {
        ContinuationMarks.Marked marked = marks.read("新建的粮库可储粮五万吨,(下转A02版)①");
        assertEquals("A02", marked.continuedTo());
        assertEquals("①", marked.jumpKey());
        assertEquals("新建的粮库可储粮五万吨,", marked.text());
        assertTrue(marked.endsPart());
    }

    @Test
    void continuedToWithFullWidthBracketsAndLetters() {
        ContinuationMarks.Marked marked = marks.read("全市共有收购网点四十二个。（下转Ａ０３版）②");
        assertEquals("A03", marked.continuedTo());
        assertEquals("②", marked.jumpKey());
        assertEquals("全市共有收购网点四十二个。", marked.text());
    }

    @Test
    void continuedFromOpensThePart() {
        ContinuationMarks.Marked marked = marks.read("（上接A01版）①粮库建成后,周边农户售粮更方便。");
        assertEquals("A01", marked.continuedFrom());
        assertEquals("①", marked.jumpKey());
        assertEquals("粮库建成后,周边农户售粮更方便。", marked.text());
        assertFalse(marked.endsPart());
        assertTrue(marks.opensPart("(上接A01版)①粮库建成后,"));
    }

    @Test
    void editorsMarkAfterTheLastSentenceIsRemoved() {
        ContinuationMarks.Marked marked = marks.read("市有关部门负责人参加会议。①2");
        assertEquals("市有关部门负责人参加会议。", marked.text());
        assertTrue(marked.endsPart());
        assertNull(marked.continuedTo());
    }

    @Test
    void circledNumberInsideTheTextStays() {
        ContinuationMarks.Marked marked = marks.read("见图①所示的新型烘干机");
        assertEquals("见图①所示的新型烘干机", marked.text());
        assertFalse(marked.endsPart());
        assertFalse(marks.endsPart("见图①所示的新型烘干机"));
    }

    @Test
    void pagesInChineseNumeralsAreReadAsNumbers() {
        assertEquals("5", marks.read("春运首日客流平稳。（下转第五版）").continuedTo());
        assertEquals("12", marks.read("（上接第十二版）客流高峰将在节前出现。").continuedFrom());
        assertEquals("A05", marks.read("客流平稳。(下转A05版)").continuedTo());
    }
}
