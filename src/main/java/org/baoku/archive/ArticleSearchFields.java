package org.baoku.archive;

/**
 * The names of the article index's analyzer and fields: the mapping on {@link ArticleEntity} declares
 * them, the search package queries them. Texts are indexed as character bigrams, which find any string of
 * them as a phrase; a query's words (segmented when it is searched) are found as such strings too.
 */
public final class ArticleSearchFields {

    /** Analyzer: every pair of neighbouring characters, registered by the search package's configurer. */
    public static final String BIGRAMS = "character_bigrams";

    public static final String HEADLINE = "headline";
    public static final String KICKER = "kicker";
    public static final String SUBTITLE = "subtitle";
    public static final String BODY = "body";

    public static final String DATE = "issueDate";
    public static final String YEAR = "year";
    public static final String PAGE_LABEL = "pageLabel";
    public static final String PAGE_ID = "pageId";
    public static final String ISSUE_ID = "issueId";
    public static final String PUBLICATION_ID = "publicationId";
    public static final String PUBLICATION_TITLE = "publicationTitle";
    public static final String REPORTER = "reporter";

    private ArticleSearchFields() {
    }
}
