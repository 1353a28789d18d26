package org.baoku.archive;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of contributors a partition has already found or created, kept from chunk to chunk so that
 * a reporter named on thousands of pages is looked up once, not once per chunk. A contributor row is
 * created in a transaction of its own and never deleted, so an id stays good even when the chunk that
 * first used it rolls back. The least recently named are forgotten beyond a bound, which keeps the
 * heap flat however many names a delivery has.
 */
public final class KnownContributors {

    static final int BOUND = 20_000;

    private final Map<String, Long> ids = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > BOUND;
        }
    };

    Long idOf(String name) {
        return ids.get(name);
    }

    void remember(Contributor contributor) {
        ids.put(contributor.getName(), contributor.getId());
    }

    int size() {
        return ids.size();
    }
}
