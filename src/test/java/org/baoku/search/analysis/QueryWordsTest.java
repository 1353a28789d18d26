package org.baoku.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class QueryWordsTest {

    @Test
    void aTermIsSegmentedIntoItsWords() {
        assertEquals(List.of("推动", "经济", "发展"), QueryWords.of("推动经济发展"));
    }

    @Test
    void singleCharactersGoWhenLongerWordsRemainAndStayWhenTheyAreAll() {
        assertEquals(List.of("质量", "发展"), QueryWords.of("高质量发展"));
        assertEquals(List.of("港"), QueryWords.of("港"));
    }

    @Test
    void punctuationIsNotAWordAndTraditionalIsSimplifiedLatinNotStemmed() {
        assertEquals(List.of("经济", "发展"), QueryWords.of("經濟，發展！"));
        assertEquals(List.of("reporting", "记者"), QueryWords.of("Reporting 记者"));
    }
}
