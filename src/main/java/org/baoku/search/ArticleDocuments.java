package org.baoku.search;

import java.time.LocalDate;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import org.baoku.archive.ArticleSearchFields;
import org.baoku.issuefile.Article;
import org.baoku.issuefile.IssueMasthead;

/**
 * An article as a plain Lucene document with the fields of the archive's mapping ({@code ArticleEntity}),
 * each of the kind the mapping gives it: analysed text, stored values, points and doc values. Hibernate
 * Search writes the real ones; these exercise the same Lucene code without it, for {@link IndexWarmUp}
 * after deployment and for the bench's raw index limit.
 */
public final class ArticleDocuments {

    /** The document id's field, as Hibernate Search names it. */
    public static final String ID = "_id";

    private ArticleDocuments() {
    }

    /** The document of a parsed article; the ids stand for the rows the archive would give it. */
    public static Document of(long id, long pageId, IssueMasthead issue, String pageLabel, Article article) {
        Document document = new Document();
        document.add(new StringField(ID, Long.toString(id), Field.Store.YES));
        text(document, ArticleSearchFields.KICKER, article.kicker(), Field.Store.YES);
        text(document, ArticleSearchFields.HEADLINE, article.headline(), Field.Store.YES);
        text(document, ArticleSearchFields.SUBTITLE, article.subtitle(), Field.Store.YES);
        text(document, ArticleSearchFields.BODY, String.join("\n\n", article.paragraphs()), Field.Store.NO);
        LocalDate date = issue.date();
        if (date != null) {
            long day = date.toEpochDay();
            document.add(new LongPoint(ArticleSearchFields.DATE, day));
            document.add(new StoredField(ArticleSearchFields.DATE, day));
            document.add(new NumericDocValuesField(ArticleSearchFields.DATE, day));
            document.add(new IntPoint(ArticleSearchFields.YEAR, date.getYear()));
            document.add(new NumericDocValuesField(ArticleSearchFields.YEAR, date.getYear()));
        }
        keyword(document, ArticleSearchFields.PAGE_LABEL, pageLabel);
        number(document, ArticleSearchFields.PAGE_ID, pageId);
        number(document, ArticleSearchFields.ISSUE_ID, pageId);
        number(document, ArticleSearchFields.PUBLICATION_ID, 1);
        keyword(document, ArticleSearchFields.PUBLICATION_TITLE, issue.publication());
        if (article.byline() != null) {
            article.byline().reporters().forEach(reporter -> keyword(document, ArticleSearchFields.REPORTER, reporter));
        }
        return document;
    }

    private static void text(Document document, String field, String value, Field.Store store) {
        if (value != null) {
            document.add(new TextField(field, value, store));
        }
    }

    private static void keyword(Document document, String field, String value) {
        if (value != null) {
            document.add(new StringField(field, value, Field.Store.YES));
            document.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void number(Document document, String field, long value) {
        document.add(new LongPoint(field, value));
        document.add(new StoredField(field, value));
    }
}
