package org.baoku.search;

import java.util.List;
import java.util.Map;

/** A page of hits, how many there are in all, and the counts of every hit by publication, year, page and reporter. */
public record SearchResults(String query, long total, int offset, int limit, long tookMs, List<SearchHit> hits,
                            Map<String, List<FacetCount>> facets) {

    public record FacetCount(String value, long count) {
    }
}
