package org.baoku.api;

import org.baoku.search.query.InvalidQueryException;

/** The {@code offset} and {@code limit} of a list request, checked (400 when wrong, never a silent default). */
record Window(int offset, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    static Window of(String offset, String limit) {
        return new Window(number("offset", offset, 0, Integer.MAX_VALUE), limitOf(limit));
    }

    private static int limitOf(String limit) {
        return limit == null || limit.isBlank() ? DEFAULT_LIMIT : number("limit", limit, 1, MAX_LIMIT);
    }

    private static int number(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return min;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidQueryException("'" + name + "' must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", not '" + value + "'");
    }
}
