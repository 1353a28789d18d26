package org.baoku.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping bigrams of Han characters (经济发展 → 经济 济发 发展), numbers digit by digit
 * ({@link DigitByDigitFilter}), Latin words as they are, after {@link ChineseCharacterForms}: a phrase of bigrams matches any string of two or more characters
 * exactly, whatever the segmenter would make of it — a reporter's name, a place, a rare word, text whose
 * neighbours OCR damaged. A lone Han character between non-Han text stays a unigram.
 */
public final class CjkBigramAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream tokens = new LowerCaseFilter(tokenizer);
        tokens = new DigitByDigitFilter(tokens);
        tokens = new CJKBigramFilter(tokens);
        return new TokenStreamComponents(tokenizer, tokens);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return ChineseCharacterForms.fold(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
