package org.baoku.archive;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The articles a page assembled from article files lacks: its files number the articles on the page
 * from 1, so every number below the highest one delivered should be there. (Articles after the last one
 * delivered cannot be told missing: nothing says how many the page printed.)
 */
public final class MissingArticles {

    private MissingArticles() {
    }

    public static SortedSet<Integer> of(Collection<Integer> numbers) {
        SortedSet<Integer> missing = new TreeSet<>();
        int highest = numbers.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int n = 1; n < highest; n++) {
            if (!numbers.contains(n)) {
                missing.add(n);
            }
        }
        return missing;
    }
}
