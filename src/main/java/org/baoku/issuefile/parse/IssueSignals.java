package org.baoku.issuefile.parse;

import org.baoku.issuefile.Article;

/**
 * Whether a page without masthead or page header still reads as a newspaper page: it is Chinese text
 * (Han characters outnumber Latin letters), and some article in it has a headline, a byline or a
 * continuation mark, or the page has a guide. Plain prose, a log file or a README fails one or the
 * other, and such a file is not taken into the archive.
 */
final class IssueSignals {

    private IssueSignals() {
    }

    static boolean present(String text, PageBody body) {
        if (!HanText.mostlyHan(text)) {
            return false;
        }
        if (!body.guide().isEmpty()) {
            return true;
        }
        for (Article article : body.articles()) {
            if (article.headline() != null || article.byline() != null || article.continuedTo() != null
                    || article.continuedFrom() != null) {
                return true;
            }
        }
        return false;
    }
}
