package org.baoku.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;


import org.baoku.search.analysis.CharacterBigramAnalyzer;
import org.baoku.search.analysis.ChineseCharacterForms;
import org.baoku.search.analysis.QueryWords;
import org.baoku.search.query.QueryTerm;
import org.baoku.search.query.SearchQuery;
import org.baoku.search.query.SearchRequest.Analysis;

/**
 * The snippets of a hit: up to two passages of its body around what the query found, HTML-escaped, with
 * {@code <em>} around each match. Hibernate Search's own highlighter needs Lucene's highlighter module,
 * which WildFly 39's Lucene module does not ship; matching the query's strings in the stored body is all
 * a phrase of bigrams means anyway (after the same folding of traditional and full-width characters as
 * the index), and for words found apart each of the query's words is marked.
 */
public final class Snippets {

    static final int PASSAGE = 80;
    private static final int PASSAGES = 2;

    private Snippets() {
    }

    /** What to mark: each term's text, and its words when words may have matched it. */
    public static List<String> needles(SearchQuery query, Analysis analysis) {
        Set<String> needles = new LinkedHashSet<>();
        for (QueryTerm term : query.required()) {
            needles.add(CharacterBigramAnalyzer.searchable(term.text()));
            if (!term.phrase() && analysis != Analysis.BIGRAMS) {
                QueryWords.of(term.text()).forEach(needles::add);
            }
        }
        needles.remove("");
        return List.copyOf(needles);
    }

    /** Passages of {@code text} around the first matches (the start of the text when nothing matches). */
    public static List<String> of(String text, List<String> needles) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = ChineseCharacterForms.foldCharacters(text);
        boolean[] marked = new boolean[text.length()];
        List<Integer> matches = new ArrayList<>();
        for (String needle : needles) {
            for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
                matches.add(at);
                for (int i = at; i < at + needle.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        matches.sort(null);
        List<String> passages = new ArrayList<>();
        int coveredTo = 0;
        for (int match : matches) {
            if (passages.size() == PASSAGES) {
                break;
            }
            if (match < coveredTo) {
                continue;
            }
            // a little before the match, the whole text when it is short, never into the previous passage
            int start = Math.max(Math.max(0, Math.min(match - PASSAGE / 4, text.length() - PASSAGE)), coveredTo);
            int end = Math.min(text.length(), start + PASSAGE);
            passages.add(passage(text, marked, start, end));
            coveredTo = end;
        }
        if (passages.isEmpty()) {
            passages.add(passage(text, marked, 0, Math.min(text.length(), PASSAGE)));
        }
        return passages;
    }

    private static String passage(String text, boolean[] marked, int start, int end) {
        StringBuilder html = new StringBuilder(end - start + 16);
        if (start > 0) {
            html.append('…');
        }
        boolean inMark = false;
        for (int i = start; i < end; i++) {
            if (marked[i] != inMark) {
                html.append(marked[i] ? "<em>" : "</em>");
                inMark = marked[i];
            }
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n', '\r' -> html.append(' ');
                default -> html.append(c);
            }
        }
        if (inMark) {
            html.append("</em>");
        }
        if (end < text.length()) {
            html.append('…');
        }
        return html.toString();
    }

}
