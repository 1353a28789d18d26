package org.baoku.archive;

import java.util.List;

import jakarta.persistence.Column;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Byline;
import org.baoku.issuefile.GuideEntry;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;

/**
 * Whether a reading fits the archive's columns. A damaged page can give the parser a whole paragraph
 * for a headline; stored as it is, the insert would fail the chunk's transaction on every retry and end
 * the job. Such a file is rejected instead, naming the field, and kept aside with the other rejects.
 * The limits are read from the mapping, so they cannot drift from the schema.
 */
public final class ColumnLimits {

    static final String FIELD_TOO_LONG = "FIELD_TOO_LONG";

    private static final int PUBLICATION_TEXT = length(Publication.class, "title");
    private static final int SERIAL_NUMBER = length(Publication.class, "serialNumber");
    private static final int WEEKDAY = length(Issue.class, "weekday");
    private static final int LUNAR_DATE = length(Issue.class, "lunarDate");
    private static final int PRESIDENT = length(Issue.class, "president");
    private static final int LABEL = length(Page.class, "label");
    private static final int SECTION = length(Page.class, "section");
    private static final int EDITOR = length(Page.class, "editor");
    private static final int COLUMN = length(ArticleEntity.class, "column");
    private static final int TITLE = length(ArticleEntity.class, "headline");
    private static final int BYLINE_PART = length(ArticleEntity.class, "bylinePlace");
    private static final int BYLINE_DATE = length(ArticleEntity.class, "bylineDate");
    private static final int PAGE_REFERENCE = length(ArticleEntity.class, "continuedTo");
    private static final int JUMP_KEY = length(ArticleEntity.class, "jumpKey");
    private static final int NAME = length(Contributor.class, "name");
    private static final int GUIDE_TARGET = length(GuideEntryEntity.class, "targetPage");

    private ColumnLimits() {
    }

    /** @return why the reading does not fit, {@code FIELD_TOO_LONG: …}, or null when it fits */
    public static String misfit(ParseResult reading) {
        IssueMasthead masthead = reading.issue();
        if (masthead != null) {
            String misfit = first(
                    check("publication title", masthead.publication(), PUBLICATION_TEXT),
                    check("publisher", masthead.publisher(), PUBLICATION_TEXT),
                    check("sponsor", masthead.sponsor(), PUBLICATION_TEXT),
                    check("serial number", masthead.serialNumber(), SERIAL_NUMBER),
                    check("weekday", masthead.weekday(), WEEKDAY),
                    check("lunar date", masthead.lunarDate(), LUNAR_DATE),
                    check("president", masthead.president(), PRESIDENT));
            if (misfit != null) {
                return misfit;
            }
        }
        PageHeader page = reading.page();
        if (page != null) {
            String misfit = first(check("page label", page.label(), LABEL), check("section", page.section(), SECTION),
                    check("editor", page.editor(), EDITOR));
            if (misfit != null) {
                return misfit;
            }
        }
        List<Article> articles = reading.articles();
        for (int i = 0; i < articles.size(); i++) {
            String misfit = misfit(articles.get(i), "article " + (i + 1) + " ");
            if (misfit != null) {
                return misfit;
            }
        }
        for (GuideEntry entry : reading.guide()) {
            String misfit = first(check("guide title", entry.title(), TITLE),
                    check("guide subtitle", entry.subtitle(), TITLE), check("guide page", entry.page(), GUIDE_TARGET));
            if (misfit != null) {
                return misfit;
            }
        }
        return null;
    }

    private static String misfit(Article article, String which) {
        String misfit = first(
                check(which + "column", article.column(), COLUMN),
                check(which + "kicker", article.kicker(), TITLE),
                check(which + "headline", article.headline(), TITLE),
                check(which + "subtitle", article.subtitle(), TITLE),
                check(which + "continued to", article.continuedTo(), PAGE_REFERENCE),
                check(which + "continued from", article.continuedFrom(), PAGE_REFERENCE),
                check(which + "jump key", article.jumpKey(), JUMP_KEY));
        Byline byline = article.byline();
        if (misfit != null || byline == null) {
            return misfit;
        }
        misfit = first(check(which + "byline agency", byline.agency(), BYLINE_PART),
                check(which + "byline place", byline.place(), BYLINE_PART),
                check(which + "byline date", byline.date(), BYLINE_DATE));
        return misfit != null ? misfit : first(byline.reporters().stream()
                .map(reporter -> check(which + "reporter", reporter, NAME)).toArray(String[]::new));
    }

    private static String check(String field, String value, int limit) {
        if (value == null || value.length() <= limit) {
            return null;
        }
        return FIELD_TOO_LONG + ": the " + field + " has " + value.length() + " characters, the archive holds "
                + limit + " («" + value.substring(0, Math.min(value.length(), 40)) + "…»)";
    }

    private static String first(String... misfits) {
        for (String misfit : misfits) {
            if (misfit != null) {
                return misfit;
            }
        }
        return null;
    }

    private static int length(Class<?> entity, String field) {
        try {
            return entity.getDeclaredField(field).getAnnotation(Column.class).length();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(entity.getSimpleName() + " has no field " + field, e);
        }
    }
}
