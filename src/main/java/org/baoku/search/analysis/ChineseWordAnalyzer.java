package org.baoku.search.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * Words: Lucene's {@link SmartChineseAnalyzer} chain — sentences split and segmented into words by the
 * HMM model of {@code lucene-analysis-smartcn}, punctuation dropped, Latin words lower-cased — after
 * {@link ChineseCharacterForms} folded traditional and full-width characters (smartcn's dictionaries are
 * simplified Chinese). Not stemmed: the words of a query are looked up as strings of the text
 * ({@link QueryWords}).
 */
public final class ChineseWordAnalyzer extends FoldingAnalyzer {

    public ChineseWordAnalyzer() {
        SmartcnDictionaries.load();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream words = new LowerCaseFilter(tokenizer);
        words = new StopFilter(words, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, words);
    }
}
