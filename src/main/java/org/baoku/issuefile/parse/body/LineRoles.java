package org.baoku.issuefile.parse.body;

import java.util.regex.Pattern;

/**
 * What a single printed line says about its place in the text flow, seen on its own: does it end a
 * paragraph, start an article, stand as a subtitle, look like a title. Joining, duplicate removal and gap
 * detection all ask these same questions, so they get the same answers.
 */
final class LineRoles {

    private static final Pattern SUBTITLE = Pattern.compile("^[—─-]{2,}\\s*\\S.*");
    /** Punctuation that a sentence has and a title does not. */
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。！？!?；;：:,，、…]");
    private static final int LONGEST_TITLE = 30;

    private final BylineParser bylines;
    private final ContinuationMarks marks;

    public LineRoles(BylineParser bylines, ContinuationMarks marks) {
        this.bylines = bylines;
        this.marks = marks;
    }

    /** A line printed as {@code ——…}, plain or as a heading: the subtitle (副题) under a headline. */
    public boolean isSubtitle(PrintedLine line) {
        char first = line.text().charAt(0);
        return (first == '—' || first == '─' || first == '-') && SUBTITLE.matcher(line.text()).matches();
    }

    /** A byline, dateline or 上接 mark: whatever follows starts an article (or its continued part). */
    public boolean startsArticle(PrintedLine line) {
        return !line.isHeading() && (bylines.parseStart(line.text()).isPresent() || marks.opensPart(line.text()));
    }

    public boolean isBylineOnly(PrintedLine line) {
        return !line.isHeading() && bylines.isBylineOnly(line.text());
    }

    /** Whether nothing of the same paragraph follows: the sentence ends, or a 下转/end mark closes the part. */
    public boolean endsParagraph(PrintedLine line) {
        return marks.endsPart(line.text()) || SentenceBoundary.endsSentence(line.text());
    }

    public boolean endsPart(PrintedLine line) {
        return marks.endsPart(line.text());
    }

    /**
     * A plain line that could be a headline or kicker: short and without the punctuation of a sentence.
     * Whether it is one depends on what stands around it (see {@link PlainTitleRule}).
     */
    public boolean looksLikeTitle(PrintedLine line) {
        if (line.isHeading() || isSubtitle(line) || startsArticle(line)) {
            return false;
        }
        String folded = ComparableText.fold(line.text());
        int length = folded.codePointCount(0, folded.length());
        return length >= 2 && length <= LONGEST_TITLE && !SENTENCE_PUNCTUATION.matcher(folded).find();
    }

    /** Whether the next line can carry on the paragraph of the line before it. */
    public boolean canContinue(PrintedLine next) {
        return !next.isHeading() && !isSubtitle(next) && !startsArticle(next);
    }
}
