package org.baoku.archive;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contributors a partition has already found or created, kept from chunk to chunk so that a reporter
 * named on thousands of pages is looked up once, not once per chunk. A contributor row is created in a
 * transaction of its own and never changed or deleted, so the instance kept (its id and name) stays good
 * in later chunks' transactions, detached, even when the chunk that first used it rolls back: new rows
 * take its id, and the search documents of articles built as they are imported its name, with no query.
 * The least recently named are forgotten beyond a bound, which keeps the heap flat however many names a
 * delivery has.
 */
public final class KnownContributors {

    static final int BOUND = 20_000;

    private final Map<String, Contributor> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Contributor> eldest) {
            return size() > BOUND;
        }
    };

    Contributor get(String name) {
        return known.get(name);
    }

    void remember(String name, Contributor contributor) {
        known.put(name, contributor);
    }

    int size() {
        return known.size();
    }
}
