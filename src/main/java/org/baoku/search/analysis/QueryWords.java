package org.baoku.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of what a reader typed, segmented by smartcn ({@link ChineseWordAnalyzer}): 吞吐量货物 →
 * 吞吐量, 货物. A search looks each up as an exact string of the bigram index, so a term also finds an
 * article where its words stand apart or in another order (货物吞吐量), which the segmenter's view of the
 * article never has to agree with. Single characters are dropped when longer words remain: alone they
 * are everywhere, and the index holds a Han character alone only where it has no Han neighbour.
 */
public final class QueryWords {

    private static final Analyzer WORDS = new ChineseWordAnalyzer();

    private QueryWords() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = WORDS.tokenStream("query", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        List<String> longer = words.stream().filter(w -> w.codePointCount(0, w.length()) > 1).distinct().toList();
        return longer.isEmpty() ? words.stream().distinct().toList() : longer;
    }
}
