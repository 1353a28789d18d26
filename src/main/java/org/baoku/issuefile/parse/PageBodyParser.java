package org.baoku.issuefile.parse;

import java.util.List;

import org.baoku.issuefile.parse.body.PageBodyReader;

/**
 * Reads the articles, guide entries and OCR-damage findings from the lines below a page's masthead or
 * header. Stateless and thread-safe.
 */
public final class PageBodyParser {

    private final PageBodyReader reader = new PageBodyReader();

    /** @param lines the page's lines after masthead / page header, in file order, blank lines included */
    public PageBody parse(List<Line> lines) {
        return reader.read(lines);
    }
}
