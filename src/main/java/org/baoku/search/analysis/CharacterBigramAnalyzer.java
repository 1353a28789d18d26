package org.baoku.search.analysis;

import java.io.Reader;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Every pair of neighbouring characters (经济发展 → 经济 济发 发展; 10.8% → 10 0. .8 8%), after
 * {@link ChineseCharacterForms} folded traditional and full-width forms and with all spaces taken out,
 * lower-cased. Any string of two or more characters of a text is then a phrase of its bigrams, found
 * exactly — a place or a name the segmenter does not know, a string cut across words, numbers and
 * punctuation included — whatever a segmenter would make of it. Spaces carry nothing in Chinese print
 * but OCR's line ends and names spaced out to fill a column (黄　娴), so they are not part of any string.
 */
public final class CharacterBigramAnalyzer extends FoldingAnalyzer {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new NGramTokenizer(2, 2);
        TokenStream tokens = new LowerCaseFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, tokens);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(SPACES, "", super.initReader(fieldName, reader));
    }

    /** The text as the index sees it, for a query too short to have a bigram: folded, without spaces. */
    public static String searchable(String text) {
        return SPACES.matcher(ChineseCharacterForms.foldCharacters(text)).replaceAll("");
    }
}
