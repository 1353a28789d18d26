package org.baoku.issuefile.parse.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds text lost between two lines. Column breaks are everywhere and cannot tell lost text on their own;
 * what does is a repeated passage standing where the text should go on: the layout printed a copy in
 * place of the original lines, so when the copy is removed, the unfinished sentence before it and the line
 * after it do not meet ({@code …要注重工作衔接,聚} / [copy] / {@code 法依规科学决策}).
 */
final class TextGapDetector {

    /** Text is missing after line {@code before} and before line {@code after}. */
    public record Gap(int before, int after, String endBefore, String startAfter) {
    }

    private static final int QUOTED = 8;

    private final LineRoles roles;

    public TextGapDetector(LineRoles roles) {
        this.roles = roles;
    }

    /**
     * @param flow    the page's reading order with the copies still in it
     * @param removed line numbers of removed copies
     */
    public List<Gap> find(List<FlowItem> flow, Set<Integer> removed, List<DuplicatePassageDetector.Copy> copies) {
        List<Gap> gaps = new ArrayList<>();
        for (DuplicatePassageDetector.Copy copy : copies) {
            PrintedLine before = neighbour(flow, removed, copy.firstLine(), -1);
            PrintedLine after = neighbour(flow, removed, copy.lastLine(), +1);
            if (before != null && after != null && breaksOffMidSentence(before) && roles.canContinue(after)
                    && !roles.isBylineOnly(before) && !roles.looksLikeTitle(after)) {
                gaps.add(new Gap(before.number(), after.number(), tail(before.text()), head(after.text())));
            }
        }
        return gaps;
    }

    /** The unfinished line stops inside a word, not at a clause mark where a list could go on. */
    private boolean breaksOffMidSentence(PrintedLine line) {
        if (line.isHeading() || roles.endsParagraph(line) || roles.isSubtitle(line)) {
            return false;
        }
        String text = line.text();
        return Character.isLetterOrDigit(text.charAt(text.length() - 1));
    }

    /** The nearest kept printed line before or after a copy; a section break in between means none. */
    private static PrintedLine neighbour(List<FlowItem> flow, Set<Integer> removed, int lineNumber, int step) {
        int at = indexOf(flow, lineNumber);
        for (int k = at + step; k >= 0 && k < flow.size(); k += step) {
            if (!(flow.get(k) instanceof PrintedLine line)) {
                return null;
            }
            if (!removed.contains(line.number())) {
                return line;
            }
        }
        return null;
    }

    /** The flow is in file order, so a binary search finds a line. */
    private static int indexOf(List<FlowItem> flow, int lineNumber) {
        int low = 0;
        int high = flow.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int number = numberOf(flow.get(middle));
            if (number < lineNumber) {
                low = middle + 1;
            } else if (number > lineNumber) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        throw new IllegalArgumentException("line " + lineNumber + " is not in the flow");
    }

    private static int numberOf(FlowItem item) {
        return item instanceof PrintedLine line ? line.number() : ((SectionBreak) item).line();
    }

    private static String tail(String text) {
        return text.length() <= QUOTED ? text : "…" + text.substring(text.length() - QUOTED);
    }

    private static String head(String text) {
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
    }
}
