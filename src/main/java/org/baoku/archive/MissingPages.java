package org.baoku.archive;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The page labels an issue that prints 今日N版 should have and the archive lacks. */
public final class MissingPages {

    private static final Pattern LABEL = Pattern.compile("^(\\D*)(\\d+)$");

    private MissingPages() {
    }

    /**
     * @param labels the labels of the current pages; the first numbered one gives the scheme
     *               (prefix and digits: {@code A01}, {@code 01}), two plain digits if none is numbered
     */
    public static SortedSet<String> of(int pageCount, Collection<String> labels) {
        String prefix = "";
        int width = 2;
        for (String label : labels) {
            Matcher m = LABEL.matcher(label);
            if (m.matches()) {
                prefix = m.group(1);
                width = m.group(2).length();
                break;
            }
        }
        SortedSet<String> missing = new TreeSet<>();
        for (int n = 1; n <= pageCount; n++) {
            String expected = prefix + String.format("%0" + width + "d", n);
            if (!labels.contains(expected)) {
                missing.add(expected);
            }
        }
        return missing;
    }
}
