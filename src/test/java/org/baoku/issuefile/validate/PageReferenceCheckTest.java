package org.baoku.issuefile.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.GuideEntry;
import org.baoku.issuefile.Severity;
import org.junit.jupiter.api.Test;

class PageReferenceCheckTest {

    private final PageReferenceCheck check = new PageReferenceCheck();

    @Test
    void referencesWithinThePageCountPass() {
        CheckedPage page = Pages.withPages(8, List.of(Pages.article("A02", null), Pages.article(null, "08")),
                List.of(new GuideEntry("一村一码", null, "A06")));
        assertEquals(List.of(), check.check(page));
    }

    @Test
    void aContinuationBeyondThePageCountIsAWarningOnItsArticle() {
        CheckedPage page = Pages.withPages(4, List.of(Pages.article("A02", null), Pages.article("A12", null)), List.of());
        List<Finding> findings = check.check(page);
        assertEquals(1, findings.size());
        assertEquals(PageReferenceCheck.PAGE_REF_OUT_OF_RANGE, findings.get(0).code());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(1, findings.get(0).article());
    }

    @Test
    void aGuideEntryBeyondThePageCountIsAWarning() {
        CheckedPage page = Pages.withPages(4, List.of(), List.of(new GuideEntry("一村一码", null, "A06")));
        assertEquals(List.of(PageReferenceCheck.PAGE_REF_OUT_OF_RANGE),
                check.check(page).stream().map(Finding::code).toList());
    }

    @Test
    void nothingToCheckWithoutAPageCount() {
        assertEquals(List.of(), check.check(Pages.withPages(null, List.of(Pages.article("A99", null)), List.of())));
    }
}
