package org.baoku.corpus;

import java.util.List;

/** One page of an issue: its label, header facts, the story parts it prints and its 导读 entries. */
record PagePlan(String label, String section, String editor, List<PagePart> parts, List<GuideItem> guide) {

    PagePlan {
        parts = List.copyOf(parts);
        guide = List.copyOf(guide);
    }

    boolean isFront() {
        return "A01".equals(label);
    }

    static String label(int pageNumber) {
        return String.format("A%02d", pageNumber);
    }
}
