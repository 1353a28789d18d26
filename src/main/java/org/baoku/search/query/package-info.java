/**
 * The reader's query language, parsed in plain Java: words (all required), {@code "…"} phrases and
 * {@code -word} exclusions. What each part matches in the index is decided by the search, not here.
 */
package org.baoku.search.query;
