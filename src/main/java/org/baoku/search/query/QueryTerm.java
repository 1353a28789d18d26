package org.baoku.search.query;

/**
 * One part of a query: text to find, either as typed without quotes (Chinese needs no spaces: 经济发展
 * is one term, matched as the exact string or as its words) or as a quoted phrase (only the exact string).
 */
public record QueryTerm(String text, boolean phrase) {

    /**
     * The text to match as an exact string. The index keeps Han text as overlapping bigrams, and a Han
     * character with no Han neighbour as itself; at a term's two ends the text a reader typed (or cut from
     * an article) may stop inside a word, where its last character has no Han neighbour in the term but
     * has one in the article (丰 of 介绍，丰 in 介绍，丰富; 的 of 的21.7% in 增长的21.7%), so it would be
     * looked for alone and never found. Such a lone character at either end is left out, unless nothing
     * else would remain. A quoted phrase is taken as it is: its reader asked for exactly that.
     */
    public String exactText() {
        if (phrase) {
            return text;
        }
        int[] c = text.codePoints().toArray();
        int from = 0;
        int to = c.length;
        if (to - from > 1 && isHan(c[from]) && !isHan(c[from + 1])) {
            from++;
        }
        if (to - from > 1 && isHan(c[to - 1]) && !isHan(c[to - 2])) {
            to--;
        }
        String kept = new String(c, from, to - from);
        return kept.codePoints().anyMatch(Character::isLetterOrDigit) ? kept : text;
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
