package org.baoku.archive;

/**
 * The names of the article index's analyzers and fields: the mapping on {@link ArticleEntity} declares
 * them, the search package queries them. Every text is indexed twice: as segmented words (ranks well,
 * finds inflected phrasing) and as character bigrams (finds any exact string of two or more characters).
 */
public final class ArticleSearchFields {

    /** Analyzer: Chinese words (smartcn), registered by the search package's analysis configurer. */
    public static final String WORDS = "chinese_words";
    /** Analyzer: overlapping CJK bigrams. */
    public static final String BIGRAMS = "cjk_bigrams";

    public static final String HEADLINE = "headline";
    public static final String HEADLINE_BIGRAMS = "headline_bigrams";
    public static final String KICKER = "kicker";
    public static final String KICKER_BIGRAMS = "kicker_bigrams";
    public static final String SUBTITLE = "subtitle";
    public static final String SUBTITLE_BIGRAMS = "subtitle_bigrams";
    public static final String BODY = "body";
    public static final String BODY_BIGRAMS = "body_bigrams";

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
