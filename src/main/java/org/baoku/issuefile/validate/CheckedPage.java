package org.baoku.issuefile.validate;

import java.util.List;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.GuideEntry;
import org.baoku.issuefile.IssueMasthead;

/**
 * What the checks look at: the issue fields a page prints, its articles and guide.
 *
 * @param headLine the line of the masthead or page header findings about it point to, or {@code null}
 */
public record CheckedPage(IssueMasthead issue, Integer headLine, List<Article> articles, List<GuideEntry> guide) {

    public CheckedPage {
        articles = List.copyOf(articles);
        guide = List.copyOf(guide);
    }
}
