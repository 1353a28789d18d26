package org.baoku.issuefile.validate;

import java.time.LocalDate;
import java.util.List;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.GuideEntry;
import org.baoku.issuefile.IssueMasthead;

final class Pages {

    private Pages() {
    }

    static CheckedPage dated(String isoDate, String weekday, String lunarDate) {
        IssueMasthead issue = new IssueMasthead("云岭日报", null, null, isoDate == null ? null : LocalDate.parse(isoDate),
                weekday, lunarDate, null, null, null, null);
        return new CheckedPage(issue, 5, List.of(), List.of());
    }

    static CheckedPage withPages(Integer pageCount, List<Article> articles, List<GuideEntry> guide) {
        IssueMasthead issue = new IssueMasthead("云岭日报", null, null, null, null, null, null, pageCount, null, null);
        return new CheckedPage(issue, 5, articles, guide);
    }

    static Article article(String continuedTo, String continuedFrom) {
        return new Article(null, null, "标题", null, null, List.of("正文。"), continuedTo, continuedFrom, "①");
    }
}
