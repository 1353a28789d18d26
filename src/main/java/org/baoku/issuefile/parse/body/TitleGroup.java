package org.baoku.issuefile.parse.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The display lines stacked above an article, given their roles. The first {@code #} line is the
 * headline; without one, the last title line is. The line right above the headline is the kicker (引题),
 * anything above that the series label or column. {@code ——…} lines, a {@code ——…} tail on the headline's
 * own line and title lines below the headline make the subtitle (副题).
 */
record TitleGroup(String column, String kicker, String headline, String subtitle, List<Integer> lines) {

    private static final Pattern TITLE_WITH_SUBTITLE = Pattern.compile("^(.+?)\\s*[—─]{2,}\\s*(.+)$");
    private static final Pattern LEADING_DASHES = Pattern.compile("^[—─-]{2,}\\s*");

    public TitleGroup {
        lines = List.copyOf(lines);
    }

    public static TitleGroup of(List<Block> blocks) {
        List<Block> titles = new ArrayList<>();
        List<String> subtitleLines = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int headline = -1;
        for (Block block : blocks) {
            lines.add(block.firstLine());
            if (block.kind() == Block.Kind.SUBTITLE) {
                subtitleLines.add(LEADING_DASHES.matcher(block.text()).replaceFirst("").strip());
            } else {
                if (headline < 0 && block.isMainHeading()) {
                    headline = titles.size();
                }
                titles.add(block);
            }
        }
        if (headline < 0) {
            headline = titles.size() - 1;
        }
        if (headline < 0) {
            return new TitleGroup(null, null, null, joined(subtitleLines), lines);
        }
        List<String> subtitle = new ArrayList<>();
        String head = titles.get(headline).text();
        Matcher split = TITLE_WITH_SUBTITLE.matcher(head);
        if (split.matches()) {
            head = split.group(1).strip();
            subtitle.add(split.group(2).strip());
        }
        for (Block below : titles.subList(headline + 1, titles.size())) {
            subtitle.add(below.text());
        }
        subtitle.addAll(subtitleLines);
        String kicker = headline >= 1 ? titles.get(headline - 1).text() : null;
        String column = headline >= 2 ? joined(texts(titles.subList(0, headline - 1))) : null;
        return new TitleGroup(column, kicker, head, joined(subtitle), lines);
    }

    TitleGroup withSubtitleLine(Block subtitleLine) {
        String more = LEADING_DASHES.matcher(subtitleLine.text()).replaceFirst("").strip();
        List<Integer> all = new ArrayList<>(lines);
        all.add(subtitleLine.firstLine());
        return new TitleGroup(column, kicker, headline, subtitle == null ? more : subtitle + " " + more, all);
    }

    public int firstLine() {
        return lines.get(0);
    }

    private static List<String> texts(List<Block> blocks) {
        List<String> texts = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            texts.add(block.text());
        }
        return texts;
    }

    private static String joined(List<String> parts) {
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
