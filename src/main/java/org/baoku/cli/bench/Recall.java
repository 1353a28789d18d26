package org.baoku.cli.bench;

/**
 * How many of {@code asked} searches found their article. {@code refused}: the server answered other
 * than 200 (a query it took for bad syntax: counted as not found). {@code crowded}: of the misses, those
 * whose string more articles hold, word for word, than were looked at (known-item: a phrase search
 * counts them; reporter: the filter matched more than the limit) — the search found it, but it does not
 * single out its article — rather than the article not matching at all.
 */
record Recall(int asked, int found, int refused, int crowded) {

    double percent() {
        return asked == 0 ? 0 : 100.0 * found / asked;
    }
}
