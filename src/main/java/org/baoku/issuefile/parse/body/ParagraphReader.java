package org.baoku.issuefile.parse.body;

import org.baoku.issuefile.Byline;

/** Takes a joined paragraph apart: continuation and end marks, a leading byline or dateline, the text. */
final class ParagraphReader {

    /**
     * @param text the body text left, empty when the paragraph was only a byline
     */
    public record Reading(Byline byline, String text, String continuedFrom, String continuedTo, String jumpKey,
                          boolean endsPart) {
    }

    private final BylineParser bylines;
    private final ContinuationMarks marks;

    public ParagraphReader(BylineParser bylines, ContinuationMarks marks) {
        this.bylines = bylines;
        this.marks = marks;
    }

    public Reading read(Block paragraph) {
        ContinuationMarks.Marked marked = marks.read(paragraph.text());
        Byline byline = null;
        String text = marked.text();
        var match = bylines.parseStart(text);
        if (match.isPresent()) {
            byline = match.get().byline();
            text = match.get().rest();
        }
        return new Reading(byline, text, marked.continuedFrom(), marked.continuedTo(), marked.jumpKey(),
                marked.endsPart());
    }
}
