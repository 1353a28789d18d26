package org.baoku.corpus;

import java.util.List;

/**
 * What one page prints of a story: all of it, its first half ({@code continuedTo} the page that goes on
 * with it) or its second half ({@code continuedFrom} the page it started on, printed without a head).
 * {@code headlineLost} marks a headline OCR dropped.
 */
record PagePart(Story story, List<String> paragraphs, boolean printsHead, boolean headlineLost,
                String continuedTo, String continuedFrom, String jumpKey) {

    PagePart {
        paragraphs = List.copyOf(paragraphs);
    }

    static PagePart whole(Story story) {
        return new PagePart(story, story.paragraphs(), true, false, null, null, null);
    }

    PagePart withoutHeadline() {
        return new PagePart(story, paragraphs, printsHead, true, continuedTo, continuedFrom, jumpKey);
    }

    boolean isContinuation() {
        return continuedFrom != null;
    }
}
