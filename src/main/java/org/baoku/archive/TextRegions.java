package org.baoku.archive;

import java.util.ArrayList;
import java.util.List;

import org.baoku.issuefile.TextRegion;
import org.baoku.issuefile.TextRegion.Box;

/**
 * The compact text form in which the archive keeps an article's regions on the page image: one region
 * after the other separated by {@code ;}, each its block's box then, after {@code :}, its lines' boxes
 * separated by spaces; a box is {@code x,y,width,height}. About a tenth of the size of the same in JSON,
 * and an ALTO page has hundreds of lines.
 * <pre>120,340,800,64:120,340,800,30 120,372,640,30;120,420,800,32:120,420,800,32</pre>
 */
public final class TextRegions {

    private TextRegions() {
    }

    /** @return the compact form, or {@code null} for no regions */
    public static String compact(List<TextRegion> regions) {
        if (regions.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (TextRegion region : regions) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            append(text, region.block());
            text.append(':');
            for (int i = 0; i < region.lines().size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                append(text, region.lines().get(i));
            }
        }
        return text.toString();
    }

    /** Reads the compact form back; {@code null} or blank is no regions. */
    public static List<TextRegion> parse(String compact) {
        if (compact == null || compact.isBlank()) {
            return List.of();
        }
        List<TextRegion> regions = new ArrayList<>();
        for (String region : compact.split(";")) {
            int colon = region.indexOf(':');
            Box block = box(colon < 0 ? region : region.substring(0, colon));
            List<Box> lines = new ArrayList<>();
            if (colon >= 0) {
                for (String line : region.substring(colon + 1).split(" ")) {
                    if (!line.isBlank()) {
                        lines.add(box(line));
                    }
                }
            }
            regions.add(new TextRegion(block, lines));
        }
        return regions;
    }

    private static void append(StringBuilder text, Box box) {
        text.append(box.x()).append(',').append(box.y()).append(',').append(box.width()).append(',').append(box.height());
    }

    private static Box box(String text) {
        String[] parts = text.trim().split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("a box is x,y,width,height, not '" + text + "'");
        }
        return new Box(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]));
    }
}
