package org.baoku.issuefile;

import java.util.List;

/**
 * One article on a page. {@code continuedTo} / {@code continuedFrom} name the page label where the
 * other half of a continued article stands; {@code jumpKey} is the circled number pairing both halves.
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
        String jumpKey) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }
}
