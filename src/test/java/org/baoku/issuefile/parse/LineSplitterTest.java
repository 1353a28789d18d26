package org.baoku.issuefile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineSplitterTest {

    private static List<String> texts(String text) {
        return LineSplitter.split(text).stream().map(Line::text).toList();
    }

    @Test
    void splitsAtLfCrlfAndLoneCrAlike() {
        assertEquals(List.of("a", "b", "c", "d"), texts("a\nb\r\nc\rd"));
    }

    @Test
    void aFinalLineEndOpensNoLineButBlankLinesCount() {
        assertEquals(List.of("a", "", "b"), texts("a\r\n\r\nb\r\n"));
        assertEquals(List.of("", ""), texts("\r\r"));
    }

    @Test
    void numbersLinesFromOneAsTheFileHasThem() {
        List<Line> lines = LineSplitter.split("x\r\n\ry\n");
        assertEquals(List.of(new Line(1, "x"), new Line(2, ""), new Line(3, "y")), lines);
    }
}
