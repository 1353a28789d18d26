package org.baoku.issuefile.parse.body;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds passages the OCR printed twice: a paragraph's tail repeated as the next paragraph, a block of an
 * article repeated out of place (even with its lines rotated), a headline and lead repeated at the page
 * end. Works on printed lines, because layout damage copies whole lines: a line is a copy when all of its
 * text occurs elsewhere on the page (through a shingle index over the whole page, so the cost stays linear
 * in the page's size). Of two copies, the one outside any article part goes, else the one contained in
 * longer text, else the later one; lines next to a removed copy go with it when they continue the same
 * copy.
 */
final class DuplicatePassageDetector {

    /** One removed run of lines and the lines it repeats. */
    public record Copy(List<Integer> lines, int originalFirst, int originalLast) {

        public Copy {
            lines = List.copyOf(lines);
        }

        public int firstLine() {
            return lines.get(0);
        }

        public int lastLine() {
            return lines.get(lines.size() - 1);
        }
    }

    public record Duplicates(Set<Integer> removedLines, List<Copy> copies) {
    }

    private static final int SHINGLE = 8;
    /** A headline repeated as a whole line is a copy from this length on. */
    private static final int WHOLE_LINE_MINIMUM = SHINGLE;
    /** Other text must be this long to count as a copy, or common phrases and short lines would. */
    private static final int PASSAGE_MINIMUM = 20;
    private static final int MOST_OCCURRENCES = 16;

    /**
     * @param lines      the page's text lines (guide excluded), in reading order
     * @param outside    per line, whether it stands outside any article part
     * @param keep       per line, whether it must never be removed (bylines repeat legitimately)
     */
    public Duplicates detect(List<PrintedLine> lines, boolean[] outside, boolean[] keep) {
        Page page = new Page(lines);
        int n = lines.size();
        boolean[] removed = new boolean[n];
        int[] copyStart = new int[n];
        int[] copyEnd = new int[n];
        Deque<Integer> removedToExtend = new ArrayDeque<>();
        ShingleIndex index = new ShingleIndex(page.text, SHINGLE);

        for (int i = 0; i < n; i++) {
            String text = page.folded[i];
            if (keep[i] || text.length() < WHOLE_LINE_MINIMUM) {
                continue;
            }
            for (int at : index.occurrences(text, MOST_OCCURRENCES)) {
                int to = at + text.length();
                if (page.overlapsLine(i, at, to) || page.anyRemoved(removed, at, to)) {
                    continue;
                }
                int other = page.lineAt(at);
                boolean wholeLine = page.isWholeLine(other, at, to);
                if (text.length() < PASSAGE_MINIMUM
                        && !(wholeLine && (lines.get(i).isHeading() || lines.get(other).isHeading()))) {
                    continue;
                }
                // a headline's stray repeat is printed as text; two equal headings are a series label used twice
                if (lines.get(i).isHeading() && (!wholeLine || lines.get(other).isHeading())) {
                    continue;
                }
                // text found inside a longer line is the copy whatever its place: removing it loses nothing
                boolean thisIsTheCopy = outside[i] != outside[other] ? outside[i] : at < page.start[i] || !wholeLine;
                if (thisIsTheCopy) {
                    removed[i] = true;
                    copyStart[i] = at;
                    copyEnd[i] = to;
                    removedToExtend.add(i);
                    break;
                }
            }
        }

        while (!removedToExtend.isEmpty()) {
            int r = removedToExtend.poll();
            for (int neighbour : new int[] {r + 1, r - 1}) {
                if (neighbour < 0 || neighbour >= n || removed[neighbour] || keep[neighbour]) {
                    continue;
                }
                String text = page.folded[neighbour];
                int at = neighbour > r ? copyEnd[r] : copyStart[r] - text.length();
                int to = at + text.length();
                if (text.isEmpty() || at < 0 || to > page.text.length() || page.overlapsLine(neighbour, at, to)
                        || !page.text.regionMatches(at, text, 0, text.length()) || page.anyRemoved(removed, at, to)) {
                    continue;
                }
                removed[neighbour] = true;
                copyStart[neighbour] = at;
                copyEnd[neighbour] = to;
                removedToExtend.add(neighbour);
            }
        }
        return collect(lines, page, removed, copyStart, copyEnd);
    }

    private static Duplicates collect(List<PrintedLine> lines, Page page, boolean[] removed, int[] copyStart, int[] copyEnd) {
        Set<Integer> removedLines = new HashSet<>();
        List<Copy> copies = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!removed[i]) {
                i++;
                continue;
            }
            List<Integer> run = new ArrayList<>();
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (; i < lines.size() && removed[i]; i++) {
                run.add(lines.get(i).number());
                removedLines.add(lines.get(i).number());
                first = Math.min(first, lines.get(page.lineAt(copyStart[i])).number());
                last = Math.max(last, lines.get(page.lineAt(copyEnd[i] - 1)).number());
            }
            copies.add(new Copy(run, first, last));
        }
        return new Duplicates(removedLines, copies);
    }

    /** The page's lines folded and laid end to end, so a passage is found whatever its line breaks. */
    private static final class Page {
        final String[] folded;
        final int[] start;
        final String text;

        Page(List<PrintedLine> lines) {
            folded = new String[lines.size()];
            start = new int[lines.size() + 1];
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                folded[i] = ComparableText.fold(lines.get(i).text());
                start[i] = all.length();
                all.append(folded[i]);
            }
            start[lines.size()] = all.length();
            text = all.toString();
        }

        int lineAt(int position) {
            int found = Arrays.binarySearch(start, 0, start.length - 1, position);
            if (found >= 0) {
                // empty lines share a start; the position belongs to the last of them
                while (found + 1 < start.length - 1 && start[found + 1] == position) {
                    found++;
                }
                return found;
            }
            return -found - 2;
        }

        boolean overlapsLine(int line, int from, int to) {
            return from < start[line + 1] && to > start[line];
        }

        boolean isWholeLine(int line, int from, int to) {
            return from == start[line] && to == start[line + 1];
        }

        boolean anyRemoved(boolean[] removed, int from, int to) {
            for (int line = lineAt(from); line < removed.length && start[line] < to; line++) {
                if (removed[line]) {
                    return true;
                }
            }
            return false;
        }
    }
}
