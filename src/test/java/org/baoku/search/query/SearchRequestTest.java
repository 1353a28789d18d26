package org.baoku.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.baoku.search.query.SearchRequest.Analysis;
import org.baoku.search.query.SearchRequest.Order;

class SearchRequestTest {

    @Test
    void defaults() {
        SearchRequest request = SearchRequest.of("经济", null, null, null, null, null, null, null, null, null);
        assertEquals(Order.RELEVANCE, request.order());
        assertEquals(0, request.offset());
        assertEquals(20, request.limit());
        assertEquals(Analysis.BOTH, request.analysis());
    }

    @Test
    void filtersAndOrder() {
        SearchRequest request = SearchRequest.of("", "青川日报", "2024-03-01", "2024-03-31", "A01", "黄　娴", "-date",
                "20", "100", "bigrams");
        assertEquals(LocalDate.of(2024, 3, 1), request.from());
        assertEquals(LocalDate.of(2024, 3, 31), request.to());
        assertEquals("黄娴", request.reporter(), "spaces inside a printed name are not part of it");
        assertEquals(Order.DATE_DESC, request.order());
        assertEquals(Analysis.BIGRAMS, request.analysis());
        assertTrue(request.hasFilter());
    }

    @Test
    void aFilterAloneIsASearch() {
        assertTrue(SearchRequest.of(null, null, null, null, null, "张三", null, null, null, null).query().isEmpty());
    }

    @Test
    void refusedWithAReason() {
        assertMessage("give a query", () -> SearchRequest.of(" ", null, null, null, null, null, null, null, null, null));
        assertMessage("'from' must be a date", () -> SearchRequest.of("a", null, "2024-3-1", null, null, null, null,
                null, null, null));
        assertMessage("is after 'to'", () -> SearchRequest.of("a", null, "2024-03-02", "2024-03-01", null, null,
                null, null, null, null));
        assertMessage("'sort' must be", () -> SearchRequest.of("a", null, null, null, null, null, "newest", null,
                null, null));
        assertMessage("'limit' must be between 1 and 100", () -> SearchRequest.of("a", null, null, null, null, null,
                null, null, "1000", null));
        assertMessage("'offset' must be a whole number", () -> SearchRequest.of("a", null, null, null, null, null,
                null, "x", null, null));
        assertMessage("'analysis' must be", () -> SearchRequest.of("a", null, null, null, null, null, null, null,
                null, "ngrams"));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        String message = assertThrows(InvalidQueryException.class, call).getMessage();
        assertTrue(message.contains(expected), message);
    }
}
