package org.baoku.issuefile.parse.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.issuefile.parse.Line;

/**
 * A non-blank line of the page body with its Markdown heading markup taken off. The markup tells the
 * display type the layout converter saw ({@code #} big, {@code ##} smaller), not a hierarchy.
 *
 * @param afterBlank whether a blank line separates it from the line before: only blank lines separate
 *                   paragraphs, so two lines printed without one belong to the same paragraph
 */
record PrintedLine(int number, Display display, String text, boolean afterBlank) implements FlowItem {

    public enum Display {
        /** {@code # …}: usually the main headline */
        MAIN_HEADING,
        /** {@code ## …}: kicker, headline, series label or section name */
        HEADING,
        PLAIN
    }

    private static final Pattern MARKUP = Pattern.compile("^\\s*(#{1,6})\\s*(.*?)\\s*$");

    /** The non-blank lines, in file order, with their original numbers. */
    public static List<PrintedLine> read(List<Line> lines) {
        List<PrintedLine> printed = new ArrayList<>(lines.size());
        boolean blankBefore = true;
        for (Line line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                blankBefore = true;
                continue;
            }
            Matcher markup = MARKUP.matcher(text);
            if (markup.matches()) {
                String heading = markup.group(2).strip();
                if (!heading.isEmpty()) {
                    Display display = markup.group(1).length() == 1 ? Display.MAIN_HEADING : Display.HEADING;
                    printed.add(new PrintedLine(line.number(), display, heading, blankBefore));
                }
            } else {
                printed.add(new PrintedLine(line.number(), Display.PLAIN, text, blankBefore));
            }
            blankBefore = false;
        }
        return printed;
    }

    public boolean isHeading() {
        return display != Display.PLAIN;
    }
}
