package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Byline;
import org.baoku.issuefile.BylineType;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.GuideEntry;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.Layout;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Source;
import org.junit.jupiter.api.Test;

class ParseResultJsonTest {

    private static final ParseResult RESULT = new ParseResult(
            new Source("in/A01.txt", "ab12", "UTF-8", 42, Layout.PAGE_TEXT),
            ParseStatus.ACCEPTED_WITH_WARNINGS,
            new IssueMasthead("云岭日报", null, null, LocalDate.of(2024, 5, 20), "星期一", null, 5120, 8, null, null),
            new PageHeader("A01", null, null),
            List.of(new Article(null, null, "标题", null,
                    new Byline(BylineType.LOCAL_NEWS, null, null, null, List.of("王小明")),
                    List.of("正文。"), "A02", null, "①")),
            List.of(new GuideEntry("一村一码", null, "A06")),
            List.of(Finding.warning("WEEKDAY_MISMATCH", 5, "星期二?")));

    @Test
    void writesTheContractInDeclarationOrderOnOneLine() throws Exception {
        try (ParseResultJson json = new ParseResultJson()) {
            String line = json.toJson(RESULT);
            assertFalse(line.contains("\n"));
            assertTrue(line.startsWith("{\"source\":{\"path\":\"in/A01.txt\",\"sha256\":\"ab12\",\"encoding\":\"UTF-8\",\"bytes\":42,\"layout\":\"PAGE_TEXT\"},"
                    + "\"status\":\"ACCEPTED_WITH_WARNINGS\",\"issue\":{\"publication\":\"云岭日报\",\"publisher\":null,"), line);
            assertTrue(line.contains("\"date\":\"2024-05-20\""), line);
            assertTrue(line.contains("\"page\":{\"label\":\"A01\",\"section\":null,\"editor\":null}"), line);
            assertTrue(line.contains("\"byline\":{\"type\":\"LOCAL_NEWS\",\"agency\":null,\"place\":null,\"date\":null,"
                    + "\"reporters\":[\"王小明\"]}"), line);
            assertTrue(line.contains("\"jumpKey\":\"①\",\"number\":null,\"regions\":[]}"), line);
            assertTrue(line.contains("\"guide\":[{\"title\":\"一村一码\",\"subtitle\":null,\"page\":\"A06\"}]"), line);
            assertTrue(line.contains("\"findings\":[{\"severity\":\"WARNING\",\"code\":\"WEEKDAY_MISMATCH\",\"line\":5,"), line);
            assertFalse(line.contains("rejected"), "derived accessors are no part of the contract");
        }
    }

    @Test
    void aRejectedReadingStillHasEveryProperty() throws Exception {
        ParseResult rejected = new ParseResult(new Source("x", null, null, 0), ParseStatus.REJECTED,
                IssueMasthead.UNKNOWN, PageHeader.UNKNOWN, List.of(), List.of(), List.of(Finding.error("EMPTY_FILE", null, "empty")));
        try (ParseResultJson json = new ParseResultJson()) {
            String line = json.toJson(rejected);
            assertTrue(line.contains("\"issue\":{\"publication\":null,"), line);
            assertTrue(line.contains("\"articles\":[],\"guide\":[]"), line);
            assertEquals(1, line.split("\"severity\":\"ERROR\"").length - 1);
        }
    }
}
