package org.baoku.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;

/**
 * Every pair of neighbouring characters (经济发展 → 经济 济发 发展; 10.8% → 10 0. .8 8%), after
 * {@link ChineseCharacterForms} folded traditional, full-width and upper-case forms and with all spaces
 * taken out. Any string of two or more characters of a text is then a phrase of its bigrams, found
 * exactly — a place or a name the segmenter does not know, a string cut across words, numbers and
 * punctuation included — whatever a segmenter would make of it. Spaces carry nothing in Chinese print
 * but OCR's line ends and names spaced out to fill a column (黄　娴), so they are not part of any string.
 */
public final class CharacterBigramAnalyzer extends FoldingAnalyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new NGramTokenizer(2, 2);
        return new TokenStreamComponents(tokenizer);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return ChineseCharacterForms.foldWithoutSpaces(reader);
    }

    /** The text as the index sees it, for a query too short to have a bigram: folded, without spaces. */
    public static String searchable(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        String folded = ChineseCharacterForms.foldCharacters(text);
        for (int i = 0; i < folded.length(); i++) {
            if (!ChineseCharacterForms.isSpace(folded.charAt(i))) {
                kept.append(folded.charAt(i));
            }
        }
        return kept.toString();
    }
}
