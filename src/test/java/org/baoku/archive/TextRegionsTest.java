package org.baoku.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.baoku.issuefile.TextRegion;
import org.baoku.issuefile.TextRegion.Box;
import org.junit.jupiter.api.Test;

class TextRegionsTest {

    @Test
    void regionsSurviveTheCompactFormUnchanged() {
        List<TextRegion> regions = List.of(
                new TextRegion(new Box(120, 340, 800, 64), List.of(new Box(120, 340, 800, 30), new Box(120, 372, 640, 30))),
                new TextRegion(new Box(120, 420, 800, 32), List.of(new Box(120, 420, 800, 32))),
                new TextRegion(new Box(0, 0, 5, 5), List.of()));

        String compact = TextRegions.compact(regions);

        assertEquals("120,340,800,64:120,340,800,30 120,372,640,30;120,420,800,32:120,420,800,32;0,0,5,5:", compact);
        assertEquals(regions, TextRegions.parse(compact));
    }

    @Test
    void noRegionsIsNoText() {
        assertNull(TextRegions.compact(List.of()));
        assertEquals(List.of(), TextRegions.parse(null));
    }

    @Test
    void aDamagedValueIsRefusedNotMisread() {
        assertThrows(IllegalArgumentException.class, () -> TextRegions.parse("1,2,3:4,5,6,7"));
    }
}
