package org.baoku.search.query;

import java.util.List;

/** A parsed query: terms every hit must contain, and terms no hit may contain. */
public record SearchQuery(List<QueryTerm> required, List<QueryTerm> excluded) {

    public SearchQuery {
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
    }

    public boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty();
    }
}
