package org.baoku.cli.bench;

/**
 * How many of {@code asked} searches found their article; {@code refused}: the server answered other
 * than 200 (a query it took for bad syntax), counted as not found.
 */
record Recall(int asked, int found, int refused) {

    double percent() {
        return asked == 0 ? 0 : 100.0 * found / asked;
    }

}
