package org.baoku.search.query;

import java.time.LocalDate;
import java.util.Locale;

import org.baoku.issuefile.PersonNames;

/**
 * A reader's search as the API receives it, checked: the parsed query, the filters, the order and the
 * window of hits. Everything a reader can get wrong is refused here with a message, before the index is
 * asked ({@link InvalidQueryException}).
 */
public record SearchRequest(String text, SearchQuery query, String publication, LocalDate from, LocalDate to,
                            String pageLabel, String reporter, Order order, int offset, int limit,
                            Analysis analysis) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** Deeper pages cost the index more than they give a reader; narrow the search instead. */
    public static final int MAX_OFFSET = 10_000;

    /** The order of hits. */
    public enum Order {
        /** Best match first (ties: newest first). */
        RELEVANCE,
        /** Oldest first. */
        DATE,
        /** Newest first. */
        DATE_DESC
    }

    /** Which of the index's two analyses a term is matched against; measuring them is why it is a choice. */
    public enum Analysis {
        BOTH, WORDS, BIGRAMS
    }

    /** Checks the raw query parameters; any may be null or blank except that a search needs a query or a filter. */
    public static SearchRequest of(String q, String publication, String from, String to, String page, String reporter,
                                   String sort, String offset, String limit, String analysis) {
        SearchQuery query = SearchQueryParser.parse(q);
        LocalDate fromDate = QueryParameters.date("from", from);
        LocalDate toDate = QueryParameters.date("to", to);
        QueryParameters.checkPeriod(fromDate, toDate);
        String reporterName = blankToNull(reporter) == null ? null : PersonNames.compact(reporter);
        SearchRequest request = new SearchRequest(q == null ? "" : q.strip(), query, blankToNull(publication),
                fromDate, toDate, blankToNull(page), reporterName, order(sort),
                QueryParameters.number("offset", offset, 0, 0, MAX_OFFSET),
                QueryParameters.number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
                analysis(analysis));
        if (query.required().isEmpty() && !request.hasFilter()) {
            throw new InvalidQueryException("give a query (q) or at least one filter: publication, from, to, "
                    + "page or reporter");
        }
        return request;
    }

    public boolean hasFilter() {
        return publication != null || from != null || to != null || pageLabel != null || reporter != null;
    }


    private static Order order(String sort) {
        String value = blankToNull(sort) == null ? "relevance" : sort.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "relevance" -> Order.RELEVANCE;
            case "date" -> Order.DATE;
            case "-date" -> Order.DATE_DESC;
            default -> throw new InvalidQueryException("'sort' must be relevance, date (oldest first) or -date "
                    + "(newest first), not '" + sort + "'");
        };
    }

    private static Analysis analysis(String value) {
        if (blankToNull(value) == null) {
            return Analysis.BOTH;
        }
        try {
            return Analysis.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("'analysis' must be both, words or bigrams, not '" + value + "'");
        }
    }


    private static String blankToNull(String value) {
        return QueryParameters.isBlank(value) ? null : value.strip();
    }
}
