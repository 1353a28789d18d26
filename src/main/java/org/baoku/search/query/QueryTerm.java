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
     * index does not join characters across punctuation, so 介绍，丰富 is the string 介绍 and the string
     * 丰富. At the term's two ends the text a reader typed (or cut from an article) may stop inside a word:
     * a lone Han character there, next to punctuation, a digit or the end (丰 of 介绍，丰, 金 of 金35.1亿元),
     * is indexed only inside a bigram of the article (丰富, 资金), never alone, so it is left out when
     * something longer remains. Each run must be in the article, in any order. A quoted phrase stays one
     * string: its reader asked for exactly that sequence.
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
        if (pieces.isEmpty()) {
            return List.of(text);
        }
        pieces.set(0, withoutLoneHanAtStart(pieces.get(0)));
        pieces.set(pieces.size() - 1, withoutLoneHanAtEnd(pieces.get(pieces.size() - 1)));
        List<String> kept = pieces.stream().filter(p -> !p.isEmpty()).toList();
        return kept.isEmpty() ? List.of(text) : kept;
    }

    /** 金35 → 35, 丰 → nothing (kept when it is all the term has); 资金35 stays. */
    private static String withoutLoneHanAtStart(String piece) {
        int[] c = piece.codePoints().toArray();
        if (c.length == 1 && isHan(c[0])) {
            return "";
        }
        return c.length > 1 && isHan(c[0]) && !isHan(c[1]) ? new String(c, 1, c.length - 1) : piece;
    }

    /** 户5丰 → 户5, 丰 → nothing (kept when it is all the term has); 农户 stays. */
    private static String withoutLoneHanAtEnd(String piece) {
        int[] c = piece.codePoints().toArray();
        int n = c.length;
        if (n == 1 && isHan(c[0])) {
            return "";
        }
        return n > 1 && isHan(c[n - 1]) && !isHan(c[n - 2]) ? new String(c, 0, n - 1) : piece;
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
