package org.baoku.issuefile.parse.head;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.GuideEntry;
import org.baoku.issuefile.parse.PageBody;
import org.junit.jupiter.api.Test;

class FrontPageLabelTest {

    private static PageBody continuedTo(String page) {
        Article article = new Article(null, null, "标题", null, null, List.of("正文。"), page, null, "①");
        return new PageBody(List.of(article), List.of(), List.of());
    }

    @Test
    void takesTheSchemeOfTheContinuations() {
        assertEquals("A01", FrontPageLabel.of(continuedTo("A02")));
        assertEquals("01", FrontPageLabel.of(continuedTo("02")));
        assertEquals("1", FrontPageLabel.of(continuedTo("2")));
    }

    @Test
    void takesTheSchemeOfTheGuideWhenNothingContinues() {
        PageBody body = new PageBody(List.of(), List.of(new GuideEntry("一村一码", null, "B06")), List.of());
        assertEquals("B01", FrontPageLabel.of(body));
    }

    @Test
    void isZeroOneWhenThePageRefersToNoOtherPage() {
        assertEquals("01", FrontPageLabel.of(new PageBody(List.of(), List.of(), List.of())));
    }
}
