package org.baoku.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * Words: Lucene's {@link SmartChineseAnalyzer} chain — sentences split and segmented into words by the
 * HMM model of {@code lucene-analysis-smartcn}, punctuation dropped, Latin words lower-cased and stemmed —
 * after {@link ChineseCharacterForms} folded traditional and full-width characters (smartcn's
 * dictionaries are simplified Chinese). Ranks by words; misses what it segments differently.
 */
public final class ChineseWordAnalyzer extends Analyzer {

    public ChineseWordAnalyzer() {
        SmartcnDictionaries.load();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream words = new LowerCaseFilter(tokenizer);
        words = new PorterStemFilter(words);
        words = new StopFilter(words, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, words);
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
