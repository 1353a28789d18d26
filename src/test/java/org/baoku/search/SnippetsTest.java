package org.baoku.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.baoku.search.query.SearchQueryParser;
import org.baoku.search.query.SearchRequest.Analysis;

class SnippetsTest {

    @Test
    void theExactStringIsMarked() {
        List<String> snippets = Snippets.of("今年青川港完成货物吞吐量1036万吨。", List.of("青川港"));
        assertEquals(List.of("今年<em>青川港</em>完成货物吞吐量1036万吨。"), snippets);
    }

    @Test
    void traditionalTextIsFoundBySimplifiedQueryAndShownAsPrinted() {
        List<String> needles = Snippets.needles(SearchQueryParser.parse("经济"), Analysis.BIGRAMS);
        assertEquals(List.of("推动<em>經濟</em>發展"), Snippets.of("推动經濟發展", needles));
    }

    @Test
    void wordsFoundApartAreEachMarkedUnlessTheTermIsAPhrase() {
        String text = "经济持续向好，发展质量稳步提升";
        List<String> words = Snippets.needles(SearchQueryParser.parse("经济发展"), Analysis.BOTH);
        assertEquals(List.of("<em>经济</em>持续向好，<em>发展</em>质量稳步提升"), Snippets.of(text, words));
        List<String> phrase = Snippets.needles(SearchQueryParser.parse("\"经济发展\""), Analysis.BOTH);
        assertEquals(List.of("经济持续向好，发展质量稳步提升"), Snippets.of(text, phrase), "nothing matched: the start");
    }

    @Test
    void textIsEscapedAndOnlyTheMarksAreMarkup() {
        List<String> snippets = Snippets.of("<script>alert(1)</script> & 港口", List.of("港口"));
        assertEquals(List.of("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <em>港口</em>"), snippets);
    }

    @Test
    void longTextsGiveAtMostTwoPassagesAroundMatches() {
        String text = "甲".repeat(300) + "港口" + "乙".repeat(300) + "港口" + "丙".repeat(300) + "港口";
        List<String> snippets = Snippets.of(text, List.of("港口"));
        assertEquals(2, snippets.size());
        for (String snippet : snippets) {
            assertTrue(snippet.startsWith("…") && snippet.endsWith("…") && snippet.contains("<em>港口</em>"), snippet);
            assertTrue(snippet.length() <= Snippets.PASSAGE + 11, snippet);
        }
    }
}
