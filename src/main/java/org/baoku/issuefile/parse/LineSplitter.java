package org.baoku.issuefile.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts decoded text into numbered lines at CRLF, LF or a lone CR (old Mac files), whichever a file uses,
 * even mixed. A final line end does not open another line.
 */
final class LineSplitter {

    private LineSplitter() {
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(number++, text.substring(start, i)));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(new Line(number, text.substring(start)));
        }
        return lines;
    }
}
