package org.baoku.issuefile.parse;

import java.util.List;

/**
 * Reads the articles, guide entries and OCR-damage findings from the lines below a page's masthead or
 * header. Stateless and thread-safe.
 */
public final class PageBodyParser {

    /** @param lines the page's lines after masthead / page header, in file order, blank lines included */
    public PageBody parse(List<Line> lines) {
        // skeleton placeholder, replaced by the full body parser
        return new PageBody(List.of(), List.of(), List.of());
    }
}
