package org.baoku.issuefile.parse.body;

import java.util.ArrayList;
import java.util.List;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Byline;

/** An article while the page is being read: it takes paragraphs until a mark closes it or another begins. */
final class ArticleDraft {

    private TitleGroup titles;
    private Byline byline;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private String continuedTo;
    private String continuedFrom;
    private String jumpKey;
    private boolean closed;

    ArticleDraft(TitleGroup titles) {
        this.titles = titles;
        if (titles != null) {
            lines.addAll(titles.lines());
        }
    }

    void take(Block block, ParagraphReader.Reading reading) {
        for (PrintedLine line : block.lines()) {
            lines.add(line.number());
        }
        if (reading.byline() != null) {
            byline = byline == null ? reading.byline() : merged(byline, reading.byline());
        }
        if (!reading.text().isEmpty()) {
            paragraphs.add(reading.text());
        }
        if (reading.continuedFrom() != null) {
            continuedFrom = reading.continuedFrom();
        }
        if (reading.continuedTo() != null) {
            continuedTo = reading.continuedTo();
        }
        if (reading.jumpKey() != null) {
            jumpKey = reading.jumpKey();
        }
        closed |= reading.endsPart();
    }

    /** A {@code ——…} line printed under the byline still belongs to the titles above. */
    void takeSubtitle(Block subtitle) {
        titles = titles.withSubtitleLine(subtitle);
        lines.add(subtitle.firstLine());
    }

    /** A headline printed away from its article, found to belong here. */
    void attachHeadline(TitleGroup displaced) {
        titles = displaced;
        lines.addAll(displaced.lines());
    }

    /** A byline printed over two lines ({@code 本报记者 A} / {@code 通讯员 B}) is one byline. */
    private static Byline merged(Byline first, Byline second) {
        List<String> reporters = new ArrayList<>(first.reporters());
        reporters.addAll(second.reporters());
        return new Byline(first.type(), first.agency(), first.place(), first.date(), reporters);
    }

    boolean isClosed() {
        return closed;
    }

    boolean hasBody() {
        return !paragraphs.isEmpty();
    }

    boolean hasTitles() {
        return titles != null;
    }

    public boolean hasHeadline() {
        return titles != null && titles.headline() != null;
    }

    public boolean isContinuation() {
        return continuedFrom != null;
    }

    public List<String> paragraphs() {
        return paragraphs;
    }

    /** Line numbers the article was read from, titles included. */
    public List<Integer> lines() {
        return lines;
    }

    /** The line the article starts on: its first title line, or its first paragraph line. */
    public int firstLine() {
        return lines.get(0);
    }

    public Article toArticle() {
        TitleGroup t = titles == null ? new TitleGroup(null, null, null, null, List.of()) : titles;
        return new Article(t.column(), t.kicker(), t.headline(), t.subtitle(), byline, paragraphs,
                continuedTo, continuedFrom, jumpKey);
    }
}
