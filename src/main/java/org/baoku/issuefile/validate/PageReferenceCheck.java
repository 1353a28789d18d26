package org.baoku.issuefile.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.GuideEntry;

/**
 * A page a continuation or a guide entry refers to must exist: its number may not exceed the page count
 * the masthead prints ({@code 今日8版}; {@value #PAGE_REF_OUT_OF_RANGE}, a warning). Checked only where the
 * page count is printed.
 */
public final class PageReferenceCheck implements IssueCheck {

    public static final String PAGE_REF_OUT_OF_RANGE = "PAGE_REF_OUT_OF_RANGE";

    private static final Pattern PAGE_NUMBER = Pattern.compile("[A-Za-z]{0,2}\\s*(\\d{1,4})");

    @Override
    public List<Finding> check(CheckedPage page) {
        Integer pageCount = page.issue().pageCount();
        if (pageCount == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < page.articles().size(); i++) {
            Article article = page.articles().get(i);
            check(article.continuedTo(), "continues on", pageCount, i, findings);
            check(article.continuedFrom(), "continues from", pageCount, i, findings);
        }
        for (GuideEntry entry : page.guide()) {
            check(entry.page(), "guide entry '" + entry.title() + "' points to", pageCount, null, findings);
        }
        return findings;
    }

    private static void check(String reference, String what, int pageCount, Integer article, List<Finding> findings) {
        if (reference == null) {
            return;
        }
        Matcher matcher = PAGE_NUMBER.matcher(reference.strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) <= pageCount) {
            return;
        }
        String subject = article == null ? what : "article " + (article + 1) + " " + what;
        Finding finding = Finding.warning(PAGE_REF_OUT_OF_RANGE, null,
                subject + " page " + reference + ", but the issue has " + pageCount + " pages");
        findings.add(article == null ? finding : finding.onArticle(article));
    }
}
