package org.baoku.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Halves of continued articles (转版) whose other half is not in the issue: a part continued to a page
 * where no part continues from this one (same jump key), or the other way round.
 */
final class DanglingContinuations {

    /** What the check needs of a continued article and its page, read without the article's body. */
    record ContinuedHalf(long articleId, long pageId, String pageLabel, int orderOnPage, String headline,
                         String continuedTo, String continuedFrom, String jumpKey) {

        String name() {
            return headline != null ? "「" + headline + "」" : "article " + orderOnPage;
        }

        String jump() {
            return jumpKey == null ? "" : jumpKey;
        }
    }

    /** A half without its other half, and what is wrong with it. */
    record Dangling(ContinuedHalf half, String what) {
    }

    private DanglingContinuations() {
    }

    /** @param halves the continued articles of one issue's current pages */
    static List<Dangling> among(List<ContinuedHalf> halves) {
        Map<String, ContinuedHalf> continuedTo = new LinkedHashMap<>();
        for (ContinuedHalf h : halves) {
            if (h.continuedTo() != null) {
                continuedTo.put(key(h.pageLabel(), h.continuedTo(), h.jumpKey()), h);
            }
        }
        Set<String> joined = new HashSet<>();
        List<Dangling> dangling = new ArrayList<>();
        for (ContinuedHalf h : halves) {
            if (h.continuedFrom() != null) {
                String key = key(h.continuedFrom(), h.pageLabel(), h.jumpKey());
                if (continuedTo.containsKey(key)) {
                    joined.add(key);
                } else {
                    dangling.add(new Dangling(h, "continues from " + h.continuedFrom() + " " + h.jump()
                            + ", but no article there is continued to " + h.pageLabel()));
                }
            }
        }
        continuedTo.forEach((key, h) -> {
            if (!joined.contains(key)) {
                dangling.add(new Dangling(h, "is continued to " + h.continuedTo() + " " + h.jump()
                        + ", but no article there continues from " + h.pageLabel()));
            }
        });
        return dangling;
    }

    private static String key(String from, String to, String jumpKey) {
        return from + "→" + to + "#" + jumpKey;
    }
}
