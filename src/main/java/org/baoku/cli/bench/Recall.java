package org.baoku.cli.bench;

/**
 * How many of {@code asked} searches found their article; {@code refused}: the server answered other
 * than 200 (a query it took for bad syntax), counted as not found.
 */
record Recall(int asked, int found, int refused) {

    double percent() {
        return asked == 0 ? 0 : 100.0 * found / asked;
    }

    /**
     * Known-item recall over all strings, and over the distinctive ones: those at most
     * {@link SearchPass#KNOWN_ITEM_TOP} articles hold word for word (a phrase search counts them).
     * Generated stories share whole sentences, so many strings cut from them are in hundreds of
     * articles, and no ranking can put the one they were cut from into the top 10: the distinctive
     * figure says how well the search finds what a string does single out.
     */
    record KnownItem(Recall all, Recall distinctive) {
    }
}
