package org.baoku.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import org.baoku.archive.ArticleSearchFields;
import org.baoku.search.analysis.ChineseWordAnalyzer;
import org.baoku.search.analysis.CjkBigramAnalyzer;

/**
 * Registers the article index's analyzers with Hibernate Search's Lucene backend (persistence.xml names
 * this class). Instances, not factory names: Lucene looks factories up with its own module's class
 * loader, which cannot see the smartcn jar inside the WAR.
 */
public class ArchiveAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ArticleSearchFields.WORDS).instance(new ChineseWordAnalyzer());
        context.analyzer(ArticleSearchFields.BIGRAMS).instance(new CjkBigramAnalyzer());
    }
}
