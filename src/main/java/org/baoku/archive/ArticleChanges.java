package org.baoku.archive;

import java.util.List;

/**
 * What one chunk of an import changed among the articles the search index holds: the articles it added
 * that are current, the pages it replaced by a new revision (their articles leave the index) and the
 * articles of article files it replaced.
 */
public record ArticleChanges(List<ArticleEntity> added, List<Long> supersededPages, List<Long> supersededArticles) {

    public boolean isEmpty() {
        return added.isEmpty() && supersededPages.isEmpty() && supersededArticles.isEmpty();
    }
}
