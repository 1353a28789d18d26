package org.baoku.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import org.baoku.archive.ArticleSearchFields;
import org.baoku.search.analysis.CharacterBigramAnalyzer;

/**
 * Registers the article index's analyzer with Hibernate Search's Lucene backend (persistence.xml names
 * this class). An instance, not factory names: Lucene looks factories up with its own module's class
 * loader, which cannot see what the WAR brings.
 */
public class ArchiveAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ArticleSearchFields.BIGRAMS).instance(new CharacterBigramAnalyzer());
    }
}
