package org.baoku.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses what a reader types into the search box: {@code 经济 "高质量发展" -体育}. Whitespace (also the
 * ideographic space U+3000) separates terms; a term that starts with a straight or Chinese double quote
 * ({@code "…"}, {@code “…”}) is a phrase up to the closing quote; a leading {@code -} excludes a term.
 * Anything else is text — quotes inside a term too, as text pasted from an article has them: there are no
 * field prefixes or operators to get wrong.
 */
public final class SearchQueryParser {

    /** Longer queries are refused: nobody types them, and each term costs the search several clauses. */
    public static final int MAX_LENGTH = 200;
    public static final int MAX_TERMS = 16;

    private SearchQueryParser() {
    }

    /** @throws InvalidQueryException for an unbalanced quote, an empty phrase, too long or only exclusions */
    public static SearchQuery parse(String query) {
        String text = query == null ? "" : query.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException("the query has " + text.length() + " characters; at most "
                    + MAX_LENGTH + " are allowed");
        }
        List<QueryTerm> required = new ArrayList<>();
        List<QueryTerm> excluded = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            boolean exclude = c == '-' && i + 1 < text.length() && !isSpace(text.charAt(i + 1));
            if (exclude) {
                i++;
                c = text.charAt(i);
            }
            QueryTerm term;
            int close = isOpeningQuote(c) ? closingQuote(text, i + 1) : -1;
            if (c == '"' && close < 0) {
                throw new InvalidQueryException("a quote opened at character " + (i + 1)
                        + " is never closed; close the phrase with \"");
            }
            if (close >= 0) {
                String phrase = text.substring(i + 1, close).strip();
                if (phrase.isEmpty()) {
                    throw new InvalidQueryException("an empty phrase \"\" finds nothing; put words between the quotes");
                }
                term = new QueryTerm(phrase, true);
                i = close + 1;
            } else {
                // quotes inside a word, or a Chinese one never closed, are text (pasted passages carry them)
                int end = i;
                while (end < text.length() && !isSpace(text.charAt(end))) {
                    end++;
                }
                term = new QueryTerm(text.substring(i, end), false);
                i = end;
            }
            if (term.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new InvalidQueryException("'" + term.text() + "' has no letter or digit to search for");
            }
            (exclude ? excluded : required).add(term);
        }
        if (required.size() + excluded.size() > MAX_TERMS) {
            throw new InvalidQueryException("the query has " + (required.size() + excluded.size())
                    + " terms; at most " + MAX_TERMS + " are allowed");
        }
        if (required.isEmpty() && !excluded.isEmpty()) {
            throw new InvalidQueryException("a query of exclusions only (-word) matches nothing to exclude from; "
                    + "add a word to find");
        }
        return new SearchQuery(required, excluded);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '“';
    }

    private static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '”') {
                return i;
            }
        }
        return -1;
    }
}
