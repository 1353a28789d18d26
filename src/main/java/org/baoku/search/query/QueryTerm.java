package org.baoku.search.query;

/**
 * One part of a query: text to find, either as typed without quotes (Chinese needs no spaces: 经济发展
 * is one term, matched as the exact string or as its words) or as a quoted phrase (only the exact string).
 */
public record QueryTerm(String text, boolean phrase) {
}
