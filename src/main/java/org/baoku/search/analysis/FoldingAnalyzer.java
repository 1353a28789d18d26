package org.baoku.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/** An analyzer that reads text through {@link ChineseCharacterForms} (which also lower-cases it). */
abstract class FoldingAnalyzer extends Analyzer {

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return ChineseCharacterForms.fold(reader);
    }

    @Override
    protected final TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
