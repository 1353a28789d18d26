package org.baoku.search.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the query parameters readers send (as text, so that a wrong one is refused with a message rather
 * than lost in a conversion error): dates, numbers within bounds, a period. Blank means not given.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A date like 2024-03-11, or null when not given. */
    public static LocalDate date(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("'" + name + "' must be a date like 2024-03-11, not '" + value + "'");
        }
    }

    /** Refuses a period whose start is after its end (either may be open). */
    public static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when not given. */
    public static int number(String name, String value, int fallback, int min, int max) {
        if (isBlank(value)) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("'" + name + "' must be a whole number, not '" + value + "'");
        }
        if (parsed < min || parsed > max) {
            throw new InvalidQueryException("'" + name + "' must be between " + min + " and " + max + ", not " + parsed);
        }
        return parsed;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
