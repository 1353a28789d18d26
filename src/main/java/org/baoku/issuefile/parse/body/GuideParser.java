package org.baoku.issuefile.parse.body;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.issuefile.GuideEntry;

/**
 * Reads the 导读 box: after a {@code 导读} heading, each story's title (possibly {@code title ——subtitle},
 * or a {@code ——subtitle} line of its own) followed by a reference {@code ▶▶▶详见今日本报A06版}, or a
 * one-line {@code ▶ title A03} / {@code title ▶A03}. The box ends at the first line that is neither. A
 * title-and-reference pair outside a box (a teaser) is a guide entry too. Guide lines are never body.
 */
final class GuideParser {

    /** The entries, and which lines the guide took (its boxes become section breaks in the text flow). */
    public record Guide(List<GuideEntry> entries, Set<Integer> lines) {
    }

    private static final String ARROWS = "▶►▸";
    private static final String ARROW = "[" + ARROWS + "]+";
    private static final String TARGET = "\\s*(?:详见)?\\s*(?:今日)?\\s*(?:本报)?\\s*(?:第)?\\s*([A-Za-zＡ-Ｚａ-ｚ]?[0-9０-９]{1,2})\\s*版?\\s*";
    private static final Pattern HEADER = Pattern.compile("^(?:今日|本期|本版|要闻)?导读$");
    private static final Pattern REFERENCE = Pattern.compile("^" + ARROW + TARGET + "$");
    private static final Pattern ARROW_FIRST = Pattern.compile("^" + ARROW + "\\s*(.+?)\\s+" + TARGET + "$");
    private static final Pattern ARROW_AFTER = Pattern.compile("^(.+?)\\s*" + ARROW + TARGET + "$");
    private static final Pattern TITLE_WITH_SUBTITLE = Pattern.compile("^(.+?)\\s*[—─]{2,}\\s*(.+)$");
    private static final Pattern SUBTITLE_LINE = Pattern.compile("^[—─-]{2,}\\s*(.+)$");
    private static final int LONGEST_TITLE = 60;
    /** Subtitle lines allowed between a title and its reference. */
    private static final int MOST_SUBTITLE_LINES = 2;

    public Guide parse(List<PrintedLine> lines) {
        List<GuideEntry> entries = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            if (isHeader(lines.get(i).text())) {
                taken.add(lines.get(i).number());
                i++;
                int used;
                while (i < lines.size() && (used = readEntry(lines, i, entries)) > 0) {
                    take(lines, i, used, taken);
                    i += used;
                }
            } else {
                int used = readEntry(lines, i, entries);
                take(lines, i, used, taken);
                i += Math.max(used, 1);
            }
        }
        return new Guide(entries, taken);
    }

    private static boolean isHeader(String text) {
        return text.contains("导读") && HEADER.matcher(ComparableText.fold(text)).matches();
    }

    /** Reads one entry starting at {@code start}; returns how many lines it took, 0 when there is none. */
    private int readEntry(List<PrintedLine> lines, int start, List<GuideEntry> entries) {
        String first = lines.get(start).text();
        if (hasArrow(first)) {
            if (REFERENCE.matcher(first).matches()) {
                return 0;
            }
            Matcher oneLine = ARROW_FIRST.matcher(first);
            if (oneLine.matches() || (oneLine = ARROW_AFTER.matcher(first)).matches()) {
                entries.add(entry(oneLine.group(1), null, oneLine.group(2)));
                return 1;
            }
        }
        if (start + 1 >= lines.size() || !opensReferenceOrSubtitle(lines.get(start + 1).text())
                || first.length() > LONGEST_TITLE || SentenceBoundary.endsSentence(first)) {
            return 0;
        }
        String subtitle = null;
        for (int k = start + 1; k < lines.size() && k <= start + 1 + MOST_SUBTITLE_LINES; k++) {
            String text = lines.get(k).text();
            Matcher reference = REFERENCE.matcher(text);
            if (reference.matches()) {
                entries.add(entry(first, subtitle, reference.group(1)));
                return k - start + 1;
            }
            Matcher subtitleLine = SUBTITLE_LINE.matcher(text);
            if (!subtitleLine.matches()) {
                return 0;
            }
            subtitle = subtitle == null ? subtitleLine.group(1) : subtitle + subtitleLine.group(1);
        }
        return 0;
    }

    private static boolean hasArrow(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '▶' || c == '►' || c == '▸') {
                return true;
            }
        }
        return false;
    }

    /** A title is only a guide title when a reference, or a subtitle then a reference, follows it. */
    private static boolean opensReferenceOrSubtitle(String text) {
        char c = text.charAt(0);
        return ARROWS.indexOf(c) >= 0 || c == '—' || c == '─' || c == '-';
    }

    private static GuideEntry entry(String titleText, String subtitleLine, String page) {
        String title = titleText.strip();
        String subtitle = subtitleLine;
        Matcher split = TITLE_WITH_SUBTITLE.matcher(title);
        if (subtitle == null && split.matches()) {
            title = split.group(1).strip();
            subtitle = split.group(2).strip();
        }
        return new GuideEntry(title, subtitle, ContinuationMarks.pageLabel(page));
    }

    private static void take(List<PrintedLine> lines, int start, int count, Set<Integer> taken) {
        for (int k = start; k < start + count; k++) {
            taken.add(lines.get(k).number());
        }
    }
}
