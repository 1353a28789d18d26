package org.baoku.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One article found: what a result list shows, read from the index alone (no database round trip), and
 * snippets of its body — HTML-escaped text whose only markup is {@code <em>} around what matched.
 */
public record SearchHit(long articleId, String headline, String kicker, String subtitle, LocalDate date,
                        PublicationRef publication, Long issueId, Long pageId, String pageLabel,
                        List<String> reporters, List<String> snippets) {

    public record PublicationRef(Long id, String title) {
    }
}
