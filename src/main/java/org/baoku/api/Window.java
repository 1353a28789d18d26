package org.baoku.api;

import org.baoku.search.query.QueryParameters;

/** The {@code offset} and {@code limit} of a list request, checked (400 when wrong, never a silent default). */
record Window(int offset, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    static Window of(String offset, String limit) {
        return new Window(QueryParameters.number("offset", offset, 0, 0, Integer.MAX_VALUE),
                QueryParameters.number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }
}
