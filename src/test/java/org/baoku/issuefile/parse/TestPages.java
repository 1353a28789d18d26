package org.baoku.issuefile.parse;

import java.util.ArrayList;
import java.util.List;

/** Builds page bodies for tests from text blocks, numbering lines as the file would. */
public final class TestPages {

    private TestPages() {
    }

    /** The lines of {@code page}, numbered from 1. */
    public static List<Line> lines(String page) {
        return linesFrom(1, page);
    }

    /** The lines of {@code page}, the first one numbered {@code first} (a body starts below the masthead). */
    public static List<Line> linesFrom(int first, String page) {
        List<Line> lines = new ArrayList<>();
        String[] raw = page.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new Line(first + i, raw[i]));
        }
        return lines;
    }
}
