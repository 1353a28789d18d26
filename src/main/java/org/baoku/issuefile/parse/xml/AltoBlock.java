package org.baoku.issuefile.parse.xml;

import java.util.List;

import org.baoku.issuefile.TextRegion;
import org.baoku.issuefile.TextRegion.Box;

/**
 * One ALTO {@code TextBlock}.
 *
 * @param id    its {@code ID}, what METS areas point to ({@code BEGIN}), or null
 * @param group the outermost {@code ComposedBlock} it stands in (its ID, or a made-up key when it has none),
 *              or null when it stands directly in the print space
 */
public record AltoBlock(String id, Box box, String group, List<AltoLine> lines) {

    public AltoBlock {
        lines = List.copyOf(lines);
    }

    /** The block's lines read as one paragraph. */
    public String text() {
        return BlockParagraph.of(lines);
    }

    public TextRegion region() {
        return new TextRegion(box, lines.stream().map(AltoLine::box).toList());
    }
}
