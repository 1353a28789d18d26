package org.baoku.issuefile.parse.head;

import java.util.ArrayList;
import java.util.List;

import org.baoku.issuefile.parse.Line;

final class HeadFixtures {

    private HeadFixtures() {
    }

    static List<Line> lines(String text) {
        String[] raw = text.split("\n", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            lines.add(new Line(i + 1, raw[i]));
        }
        return lines;
    }

    static PageTop top(String text) {
        return new PageTopReader().read(lines(text));
    }

    /** The first non-blank body line, as the body parser will see it. */
    static String firstBodyLine(PageTop top) {
        return top.body().stream().filter(line -> !line.isBlank()).map(Line::text).findFirst().orElse(null);
    }
}
