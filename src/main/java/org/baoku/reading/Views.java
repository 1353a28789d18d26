package org.baoku.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.baoku.issuefile.TextRegion;

/** What the reading API answers, as JSON-B writes it (one record per shape; see the README's Archive API). */
public final class Views {

    private Views() {
    }

    /** A window of a longer list. */
    public record Slice<T>(List<T> items, int offset, int limit, long total) {
    }

    public record PublicationRef(long id, String title) {
    }

    public record PublicationSummary(long id, String title, String publisher, String sponsor, String serialNumber,
                                     long issues, LocalDate firstDate, LocalDate lastDate) {
    }

    public record IssueSummary(long id, LocalDate date, Integer issueNumber, String weekday, long pagesPresent,
                               Integer pagesPrinted, long findings) {
    }

    public record IssueRef(long id, LocalDate date, PublicationRef publication) {
    }

    public record PageSummary(long id, String label, String section, String editor, int revision, long articles,
                              long findings, String status) {
    }

    public record GuideView(String title, String subtitle, String targetPage, Long targetPageId, long fromPageId) {
    }

    public record FindingView(long id, String severity, String code, Integer line, String message, Long pageId,
                              Long articleId) {
    }

    public record IssueView(long id, PublicationRef publication, LocalDate date, Integer issueNumber,
                            Integer pageCount, String weekday, String lunarDate, String president,
                            String volume, String edition, String catalogue, List<PageSummary> pages, List<String> missingPages, List<GuideView> guide,
                            List<FindingView> findings) {
    }

    public record SourceView(String path, String sha256, String encoding, long sizeBytes, Instant importedAt) {
    }

    public record RevisionView(long id, int revision, boolean superseded, String sha256, Instant importedAt) {
    }

    public record ContributorView(long id, String name, String role) {
    }

    public record BylineView(String type, String agency, String place, String date,
                             List<ContributorView> contributors) {
    }

    /** The file an article was delivered in, when it came as a file of its own (article-per-file text). */
    public record ArticleSource(Integer number, String path, String sha256, int revision, boolean superseded) {
    }

    /**
     * {@code source} only for an article delivered as a file of its own; {@code regions} where its text
     * stands on the page image, in the OCR file's units (ALTO deliveries; else empty).
     */
    public record ArticleView(long id, int order, String column, String kicker, String headline, String subtitle,
                              BylineView byline, String body, String continuedTo, String continuedFrom,
                              String jumpKey, ArticleSource source, List<TextRegion> regions) {
    }

    public record PageView(long id, IssueRef issue, String label, String section, String editor, int revision,
                           boolean superseded, String status, String layout, SourceView source, List<ArticleView> articles,
                           List<FindingView> findings, List<RevisionView> revisions) {
    }

    public record PageRef(long id, String label, boolean superseded) {
    }

    public record StoryPart(Long articleId, Long pageId, String pageLabel, String headline, String body,
                            String missing) {
    }

    public record Story(boolean complete, List<StoryPart> parts) {
    }

    /** An article, where it was printed, and — when it is continued — its whole story. */
    public record ArticleDetail(long id, int order, String column, String kicker, String headline, String subtitle,
                                BylineView byline, String body, String continuedTo, String continuedFrom,
                                String jumpKey, ArticleSource source, List<TextRegion> regions, PageRef page,
                                IssueRef issue, Story story) {
    }

    public record ContributorSummary(long id, String name, long articles) {
    }

    public record ArticleSummary(long id, String headline, LocalDate date, PublicationRef publication, long pageId,
                                 String pageLabel, long issueId) {
    }

    public record IndexStatus(long documents, long currentArticles, boolean inSync) {
    }
}
