package org.baoku.archive;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts an issue's front page in the labelling scheme of its other pages. A front page prints no label;
 * the parser labels it by the references it prints (A01 when it points to A02) and plain {@code 01} when
 * it prints none — so one paper's front pages came out 01 in some issues and A01 in others, and
 * MISSING_PAGES then found A01 missing beside a page 01 (and 02… beside A02…). When every other page of
 * the issue is labelled with one letter prefix, the front page {@code 01} takes it.
 */
public final class FrontPageLabels {

    private static final Pattern PLAIN_FIRST = Pattern.compile("0*1");
    private static final Pattern PREFIXED = Pattern.compile("([A-Z]{1,2})(\\d+)");

    private FrontPageLabels() {
    }

    /**
     * @param labelsById the labels of an issue's current pages, by page id
     * @return the new label of the page that must change, by its id; empty when none must
     */
    public static Map<Long, String> relabel(Map<Long, String> labelsById) {
        Long front = null;
        String prefix = null;
        int width = 0;
        for (Map.Entry<Long, String> page : labelsById.entrySet()) {
            String label = page.getValue();
            if (PLAIN_FIRST.matcher(label).matches()) {
                if (front != null) {
                    return Map.of(); // two plain front pages: nothing to tell which one is meant
                }
                front = page.getKey();
                continue;
            }
            Matcher prefixed = PREFIXED.matcher(label);
            if (!prefixed.matches() || prefix != null && !prefix.equals(prefixed.group(1))) {
                return Map.of(); // a label of another scheme, or two prefixes: no single scheme to follow
            }
            prefix = prefixed.group(1);
            width = Math.max(width, prefixed.group(2).length());
        }
        if (front == null || prefix == null) {
            return Map.of();
        }
        String label = prefix + "0".repeat(Math.max(0, width - 1)) + "1";
        Map<Long, String> relabelled = new HashMap<>();
        if (!labelsById.containsValue(label)) {
            relabelled.put(front, label);
        }
        return relabelled;
    }
}
