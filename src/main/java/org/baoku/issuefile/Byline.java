package org.baoku.issuefile;

import java.util.List;

/**
 * Who wrote or filed an article. {@code date} is the dateline as printed ({@code 8月12日}), since
 * datelines carry no year.
 */
public record Byline(BylineType type, String agency, String place, String date, List<String> reporters) {

    public Byline {
        reporters = List.copyOf(reporters);
    }
}
