package org.baoku.issuefile.parse.article;

import java.util.ArrayList;
import java.util.List;

import org.baoku.issuefile.parse.body.BylineParser;
import org.baoku.issuefile.parse.body.ContinuationMarks;
import org.baoku.issuefile.parse.body.LineJoiner;
import org.baoku.issuefile.parse.body.SentenceBoundary;

/**
 * Cuts the lines below an article's titles into paragraphs. Collections mark paragraphs in one of three
 * ways: an indented first line ({@code 　　}), a blank line between paragraphs, or one paragraph a line.
 * Whichever the file uses, a line that does not end its sentence goes on in the next one, as on pages;
 * the pieces are joined by {@link LineJoiner#joinPieces}. Bylines, continuation marks and photo captions
 * always stand apart.
 */
final class ArticleParagraphs {

    /** @param caption whether it is a photo caption or credit rather than the story's text */
    record Paragraph(int firstLine, String text, boolean caption) {
    }

    private final BylineParser bylines;
    private final ContinuationMarks marks;

    ArticleParagraphs(BylineParser bylines, ContinuationMarks marks) {
        this.bylines = bylines;
        this.marks = marks;
    }

    /** @param indented whether the file marks paragraphs by indentation */
    List<Paragraph> cut(List<ArticleLine> lines, boolean indented) {
        boolean blankSeparated = lines.stream().skip(1).anyMatch(ArticleLine::afterBlank);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        int first = -1;
        ArticleLine previous = null;
        for (ArticleLine line : lines) {
            if (PhotoCaptions.isCaption(line.text())) {
                add(paragraphs, first, pieces);
                paragraphs.add(new Paragraph(line.number(), line.text(), true));
                previous = null;
                continue;
            }
            if (previous == null || startsParagraph(previous, line, indented, blankSeparated)) {
                add(paragraphs, first, pieces);
                first = line.number();
            }
            pieces.add(line.text());
            previous = line;
        }
        add(paragraphs, first, pieces);
        return paragraphs;
    }

    private boolean startsParagraph(ArticleLine previous, ArticleLine line, boolean indented, boolean blankSeparated) {
        if (marks.endsPart(previous.text()) || marks.opensPart(line.text())
                || bylines.isBylineOnly(previous.text()) || bylines.isBylineOnly(line.text())) {
            return true;
        }
        if (indented && line.indented()) {
            return true;
        }
        boolean sentenceEnded = SentenceBoundary.endsSentence(previous.text());
        // blank lines also stand between the lines of one broken sentence; only an ended sentence ends a paragraph
        return sentenceEnded && (line.afterBlank() || (!indented && !blankSeparated));
    }

    private static void add(List<Paragraph> paragraphs, int first, List<String> pieces) {
        if (!pieces.isEmpty()) {
            paragraphs.add(new Paragraph(first, LineJoiner.joinPieces(pieces), false));
            pieces.clear();
        }
    }
}
