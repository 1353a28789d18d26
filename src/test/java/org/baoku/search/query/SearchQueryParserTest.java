package org.baoku.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchQueryParserTest {

    @Test
    void chineseNeedsNoSpacesAndSpacesSeparateTerms() {
        SearchQuery query = SearchQueryParser.parse("经济发展 青川港");
        assertEquals(List.of(new QueryTerm("经济发展", false), new QueryTerm("青川港", false)), query.required());
        assertTrue(query.excluded().isEmpty());
    }

    @Test
    void ideographicSpaceSeparatesToo() {
        assertEquals(2, SearchQueryParser.parse("经济　发展").required().size());
    }

    @Test
    void quotesMakeAPhraseWithItsSpaces() {
        assertEquals(List.of(new QueryTerm("高质量 发展", true), new QueryTerm("港口", false)),
                SearchQueryParser.parse("\"高质量 发展\" 港口").required());
        assertEquals(List.of(new QueryTerm("城际铁路", true)), SearchQueryParser.parse("“城际铁路”").required());
    }

    @Test
    void aLeadingMinusExcludesAWordOrAPhrase() {
        SearchQuery query = SearchQueryParser.parse("铁路 -高铁 -\"城际 列车\"");
        assertEquals(List.of(new QueryTerm("铁路", false)), query.required());
        assertEquals(List.of(new QueryTerm("高铁", false), new QueryTerm("城际 列车", true)), query.excluded());
    }

    @Test
    void quotesInsideATermOrAChineseQuoteNeverClosedAreText() {
        assertEquals(List.of(new QueryTerm("帮扶。“审批", false)), SearchQueryParser.parse("帮扶。“审批").required());
        assertEquals(List.of(new QueryTerm("“审批", false)), SearchQueryParser.parse("“审批").required());
        assertEquals(List.of(new QueryTerm("说\"好", false)), SearchQueryParser.parse("说\"好").required());
    }


    @Test
    void aMinusInsideAWordIsText() {
        assertEquals(List.of(new QueryTerm("COVID-19", false)), SearchQueryParser.parse("COVID-19").required());
    }

    @Test
    void emptyOrBlankIsAnEmptyQuery() {
        assertTrue(SearchQueryParser.parse(null).isEmpty());
        assertTrue(SearchQueryParser.parse("  \u3000 ").isEmpty());
    }

    @Test
    void badQueriesSayWhatIsWrong() {
        assertTrue(assertThrows(InvalidQueryException.class, () -> SearchQueryParser.parse("\"经济 发展"))
                .getMessage().contains("never closed"));
        assertTrue(assertThrows(InvalidQueryException.class, () -> SearchQueryParser.parse("\"\""))
                .getMessage().contains("empty phrase"));
        assertTrue(assertThrows(InvalidQueryException.class, () -> SearchQueryParser.parse("-体育"))
                .getMessage().contains("exclusions only"));
        assertTrue(assertThrows(InvalidQueryException.class, () -> SearchQueryParser.parse("经济 ，。"))
                .getMessage().contains("no letter or digit"));
        assertTrue(assertThrows(InvalidQueryException.class, () -> SearchQueryParser.parse("字".repeat(201)))
                .getMessage().contains("at most 200"));
        assertTrue(assertThrows(InvalidQueryException.class, () -> SearchQueryParser.parse("a ".repeat(17)))
                .getMessage().contains("17 terms"));
    }
}
