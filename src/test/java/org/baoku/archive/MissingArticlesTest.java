package org.baoku.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MissingArticlesTest {

    @Test
    void everyNumberBelowTheHighestDeliveredIsExpected() {
        assertEquals(Set.of(3, 5), MissingArticles.of(List.of(1, 2, 4, 6)));
        assertEquals(Set.of(1), MissingArticles.of(List.of(2)));
    }

    @Test
    void aPageWithoutGapsLacksNothing() {
        assertEquals(Set.of(), MissingArticles.of(List.of(3, 1, 2)));
        assertEquals(Set.of(), MissingArticles.of(List.of()));
    }
}
