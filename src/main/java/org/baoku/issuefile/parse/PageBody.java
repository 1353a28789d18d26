package org.baoku.issuefile.parse;

import java.util.List;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.GuideEntry;

/** What the body of a page holds once masthead or page header are taken off. */
public record PageBody(List<Article> articles, List<GuideEntry> guide, List<Finding> findings) {

    public PageBody {
        articles = List.copyOf(articles);
        guide = List.copyOf(guide);
        findings = List.copyOf(findings);
    }
}
