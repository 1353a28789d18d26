package org.baoku.issuefile;

import java.util.List;

/**
 * One article on a page. {@code continuedTo} / {@code continuedFrom} name the page label where the
 * other half of a continued article stands; {@code jumpKey} is the circled number pairing both halves.
 * {@code number} is its number on the page where the delivery numbers articles (article-per-file text),
 * else {@code null}; {@code regions} is where its text stands on the page image (ALTO), else empty.
 */
public record Article(
        String column,
        String kicker,
        String headline,
        String subtitle,
        Byline byline,
        List<String> paragraphs,
        String continuedTo,
        String continuedFrom,
        String jumpKey,
        Integer number,
        List<TextRegion> regions) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        regions = List.copyOf(regions);
    }

    /** An article of a page-text file: no number of its own and no coordinates. */
    public Article(String column, String kicker, String headline, String subtitle, Byline byline,
                   List<String> paragraphs, String continuedTo, String continuedFrom, String jumpKey) {
        this(column, kicker, headline, subtitle, byline, paragraphs, continuedTo, continuedFrom, jumpKey, null,
                List.of());
    }
}
