package org.baoku.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FrontPageLabelsTest {

    @Test
    void aPlainFrontPageTakesThePrefixOfTheOtherPages() {
        assertEquals(Map.of(1L, "A01"), FrontPageLabels.relabel(Map.of(1L, "01", 2L, "A02", 3L, "A08")));
        assertEquals(Map.of(1L, "B1"), FrontPageLabels.relabel(Map.of(1L, "1", 2L, "B2")));
    }

    @Test
    void nothingChangesWithoutOneSchemeToFollow() {
        assertEquals(Map.of(), FrontPageLabels.relabel(Map.of(1L, "01", 2L, "02")), "already one scheme");
        assertEquals(Map.of(), FrontPageLabels.relabel(Map.of(1L, "01")), "a front page alone");
        assertEquals(Map.of(), FrontPageLabels.relabel(Map.of(1L, "01", 2L, "A02", 3L, "B02")), "two prefixes");
        assertEquals(Map.of(), FrontPageLabels.relabel(Map.of(1L, "01", 2L, "A01", 3L, "A02")), "A01 is taken");
        assertEquals(Map.of(), FrontPageLabels.relabel(Map.of(1L, "01", 2L, "1", 3L, "A02")), "two plain first pages");
        assertEquals(Map.of(), FrontPageLabels.relabel(Map.of(2L, "A02", 3L, "A03")), "no front page");
    }
}
