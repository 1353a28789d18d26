package org.baoku.issuefile.parse.head;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.GuideEntry;
import org.baoku.issuefile.parse.PageBody;

/**
 * Labels a front page that prints no label of its own, in the scheme its own references use, so that
 * {@code (下转A02版)} here and {@code (上接A01版)} on page A02 name the same page:
 * references to {@code A02} make it {@code A01}, to {@code 02} make it {@code 01}, to {@code 2} make it
 * {@code 1}. A front page that refers to no other page is labelled {@value #WITHOUT_REFERENCES}: a masthead
 * page is page one, and with nothing to join, the plain two-digit scheme is as good as any.
 */
public final class FrontPageLabel {

    static final String WITHOUT_REFERENCES = "01";
    private static final Pattern PAGE_REFERENCE = Pattern.compile("([A-Z]{0,2})(\\d{1,3})");

    private FrontPageLabel() {
    }

    public static String of(PageBody body) {
        for (String reference : references(body)) {
            Matcher matcher = PAGE_REFERENCE.matcher(reference.strip());
            if (matcher.matches()) {
                String digits = matcher.group(2);
                return matcher.group(1) + "0".repeat(digits.length() - 1) + "1";
            }
        }
        return WITHOUT_REFERENCES;
    }

    private static List<String> references(PageBody body) {
        List<String> references = new ArrayList<>();
        for (Article article : body.articles()) {
            addIfPresent(references, article.continuedTo());
            addIfPresent(references, article.continuedFrom());
        }
        for (GuideEntry entry : body.guide()) {
            addIfPresent(references, entry.page());
        }
        return references;
    }

    private static void addIfPresent(List<String> references, String reference) {
        if (reference != null) {
            references.add(reference);
        }
    }
}
