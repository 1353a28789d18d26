package org.baoku.issuefile;

import java.util.List;

/**
 * Where a block of text stands on the page image, and its lines, in the units of the OCR file
 * (ALTO's {@code MeasurementUnit}, usually pixels): what a viewer needs to highlight a hit.
 */
public record TextRegion(Box block, List<Box> lines) {

    public TextRegion {
        lines = List.copyOf(lines);
    }

    /** An axis-aligned rectangle: left, top, width, height. */
    public record Box(int x, int y, int width, int height) {
    }
}
