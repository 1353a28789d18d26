package org.baoku.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What turns the findings recorded for a check into the ones it wants now, changing only what differs:
 * most runs leave most of a publication's findings as they are, so rewriting all of them would cost as
 * much as the archive is long. A finding recorded twice (by an older version) keeps one copy.
 *
 * @param stale   recorded findings that no longer hold, or are surplus copies: to delete
 * @param missing wanted findings not recorded yet: to add
 */
record ChangedFindings<T, K>(List<T> stale, List<K> missing) {

    /**
     * @param wanted   what the check finds now, identified by a key (issue and message)
     * @param recorded what the archive holds for the same check and scope
     * @param keyOf    the key of a recorded finding, comparable with the wanted ones
     */
    static <T, K> ChangedFindings<T, K> between(List<K> wanted, List<T> recorded, Function<T, K> keyOf) {
        Map<K, Integer> unmatched = new HashMap<>();
        wanted.forEach(key -> unmatched.merge(key, 1, Integer::sum));
        List<T> stale = new ArrayList<>();
        for (T finding : recorded) {
            K key = keyOf.apply(finding);
            if (unmatched.getOrDefault(key, 0) > 0) {
                unmatched.merge(key, -1, Integer::sum);
            } else {
                stale.add(finding);
            }
        }
        List<K> missing = new ArrayList<>();
        for (K key : wanted) {
            if (unmatched.getOrDefault(key, 0) > 0) {
                unmatched.merge(key, -1, Integer::sum);
                missing.add(key);
            }
        }
        return new ChangedFindings<>(List.copyOf(stale), List.copyOf(missing));
    }
}
