package org.baoku.issuefile.parse.body;

import java.util.List;

/**
 * A unit of the page after line joining: a heading, a plain title line, a subtitle line, a paragraph
 * (one or more printed lines joined), or a section break.
 *
 * @param text for a paragraph, the joined text with marks and byline still in it
 */
record Block(Kind kind, List<PrintedLine> lines, String text) {

    public enum Kind { HEADING, TITLE, SUBTITLE, PARAGRAPH, SECTION_BREAK }

    public Block {
        lines = List.copyOf(lines);
    }

    static Block sectionBreak() {
        return new Block(Kind.SECTION_BREAK, List.of(), "");
    }

    static Block of(Kind kind, PrintedLine line) {
        return new Block(kind, List.of(line), line.text());
    }

    public int firstLine() {
        return lines.isEmpty() ? -1 : lines.get(0).number();
    }

    public int lastLine() {
        return lines.isEmpty() ? -1 : lines.get(lines.size() - 1).number();
    }

    public boolean isMainHeading() {
        return kind == Kind.HEADING && lines.get(0).display() == PrintedLine.Display.MAIN_HEADING;
    }
}
