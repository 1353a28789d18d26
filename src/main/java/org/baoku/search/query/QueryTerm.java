package org.baoku.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * One part of a query: text to find, either as typed without quotes (Chinese needs no spaces: 经济发展
 * is one term, matched as words and as the exact string) or as a quoted phrase (only the exact string).
 */
public record QueryTerm(String text, boolean phrase) {

    /**
     * The runs of the text between punctuation and spaces, for matching it as exact strings: the bigram
     * index does not join characters across punctuation, so 介绍，丰 is the string 介绍 and the character 丰
     * — and a lone Han character left at a cut is indexed only inside the bigram 丰富, never alone. Such a
     * lone character is left out when longer runs remain (they find the text; the lone one could only
     * miss it). Each run must be in the article, in any order. A quoted phrase stays one string: its
     * reader asked for exactly that sequence.
     */
    public List<String> exactPieces() {
        if (phrase) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                run.appendCodePoint(c);
            } else if (!run.isEmpty()) {
                pieces.add(run.toString());
                run.setLength(0);
            }
        });
        if (!run.isEmpty()) {
            pieces.add(run.toString());
        }
        List<String> longer = pieces.stream().filter(p -> !isLoneHanCharacter(p)).toList();
        return longer.isEmpty() ? List.of(text) : longer;
    }

    private static boolean isLoneHanCharacter(String piece) {
        return piece.codePointCount(0, piece.length()) == 1
                && Character.UnicodeScript.of(piece.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
