package org.baoku.issuefile.parse.body;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes column layout: a line that does not end its sentence goes on in the next non-blank line, so the
 * lines are joined into paragraphs, with no space between CJK characters. Headings, subtitles, bylines and
 * title lines stay blocks of their own, and nothing joins across a section break.
 */
public final class LineJoiner {

    private final LineRoles roles;
    private final PlainTitleRule titles;

    LineJoiner(LineRoles roles, PlainTitleRule titles) {
        this.roles = roles;
        this.titles = titles;
    }

    public List<Block> join(List<FlowItem> flow) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < flow.size()) {
            if (!(flow.get(i) instanceof PrintedLine line)) {
                blocks.add(Block.sectionBreak());
                i++;
                continue;
            }
            if (roles.isSubtitle(line)) {
                blocks.add(Block.of(Block.Kind.SUBTITLE, line));
            } else if (line.isHeading()) {
                blocks.add(Block.of(Block.Kind.HEADING, line));
            } else if (roles.isBylineOnly(line)) {
                blocks.add(Block.of(Block.Kind.PARAGRAPH, line));
            } else if (titles.isTitle(flow, i, openBodyBefore(blocks))) {
                blocks.add(Block.of(Block.Kind.TITLE, line));
            } else {
                List<PrintedLine> parts = new ArrayList<>();
                parts.add(line);
                while (continues(flow, i)) {
                    i++;
                    parts.add((PrintedLine) flow.get(i));
                }
                blocks.add(new Block(Block.Kind.PARAGRAPH, parts, joinText(parts)));
            }
            i++;
        }
        return blocks;
    }

    private boolean continues(List<FlowItem> flow, int index) {
        if (index + 1 >= flow.size() || !(flow.get(index + 1) instanceof PrintedLine next)) {
            return false;
        }
        PrintedLine current = (PrintedLine) flow.get(index);
        if (!roles.canContinue(next) || roles.endsPart(current)) {
            return false;
        }
        // blank lines separate paragraphs, but column layout also puts them between the lines of one
        return !roles.endsParagraph(current) || !next.afterBlank();
    }

    private boolean openBodyBefore(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return false;
        }
        Block last = blocks.get(blocks.size() - 1);
        return last.kind() == Block.Kind.PARAGRAPH
                && !roles.endsPart(last.lines().get(last.lines().size() - 1));
    }

    /** Joins column-broken lines: no space inside CJK text, one space between two Latin or digit tokens. */
    static String joinText(List<PrintedLine> parts) {
        return joinPieces(parts.stream().map(PrintedLine::text).toList());
    }

    /**
     * Joins the pieces of one column-broken sentence or paragraph as {@link #join} does for page lines;
     * for readers that find paragraph boundaries their own way (one file per article).
     */
    public static String joinPieces(List<String> pieces) {
        StringBuilder text = new StringBuilder();
        for (String piece : pieces) {
            if (text.length() > 0 && !piece.isEmpty()
                    && isLatinOrDigit(text.charAt(text.length() - 1)) && isLatinOrDigit(piece.charAt(0))) {
                text.append(' ');
            }
            text.append(piece);
        }
        return text.toString();
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
