package org.baoku.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The two analyses of the article index. Runs under the JDK deserialization filter WildFly starts its
 * JVM with (surefire's argLine sets the same {@code jdk.serialFilter}), which smartcn's own dictionary
 * loading does not pass.
 */
class ChineseAnalysisTest {

    private final Analyzer words = new ChineseWordAnalyzer();
    private final Analyzer bigrams = new CharacterBigramAnalyzer();

    @Test
    void runsUnderTheServersDeserializationFilter() {
        String filter = System.getProperty("jdk.serialFilter");
        assertTrue(filter != null && filter.contains("maxarray=100000"),
                "the test JVM must have WildFly's filter, has " + filter);
    }

    @Test
    void segmentsSentencesIntoWords() throws IOException {
        assertEquals(List.of("推动", "经济", "高", "质量", "发展"), tokens(words, "推动经济高质量发展。"));
    }

    @Test
    void aNameTheDictionaryLacksIsSplitIntoCharactersButStaysOneBigram() throws IOException {
        // why the index has both: the segmenter does not know the (fictional) town 青川
        assertEquals(List.of("青", "川", "日报", "记者", "报道"), tokens(words, "青川日报记者报道"));
        assertEquals(List.of("青川", "川日", "日报", "报记", "记者", "者报", "报道"), tokens(bigrams, "青川日报记者报道"));
    }

    @Test
    void wordsDropPunctuationAndLowerCaseLatin() throws IOException {
        assertEquals(List.of("gdp", "增长"), tokens(words, "ＧＤＰ增长！"));
        assertEquals("gdp增长!", ChineseCharacterForms.foldCharacters("ＧＤＰ增長！"));
    }

    @Test
    void traditionalCharactersAreSearchedAsSimplified() throws IOException {
        assertEquals(tokens(words, "经济发展"), tokens(words, "經濟發展"));
        assertEquals(List.of("经济", "济发", "发展"), tokens(bigrams, "經濟發展"));
        assertEquals(List.of("报纸"), tokens(bigrams, "報紙"));
    }

    @Test
    void bigramsOverlapSoAnyStringOfTwoOrMoreCharactersIsAPhrase() throws IOException {
        assertEquals(List.of("黄娴", "娴报", "报道"), tokens(bigrams, "黄娴报道"));
        assertTrue(tokens(bigrams, "记者黄娴报道").containsAll(List.of("者黄", "黄娴", "娴报")));
    }

    @Test
    void punctuationAndDigitsAreCharactersLikeAnyOther() throws IOException {
        assertEquals(List.of("展,", ",推"), tokens(bigrams, "展，推"), "full-width punctuation folded too");
        assertEquals(List.of("10", "0.", ".8", "8%"), tokens(bigrams, "10.8%"));
        // a string cut inside a number or a word is still a run of the text's bigrams
        List<String> text = tokens(bigrams, "投入增长了10.8%。下一步");
        List<String> cut = tokens(bigrams, "的10.8%。下");
        assertEquals(cut.subList(1, cut.size()), text.subList(5, 5 + cut.size() - 1));
        assertEquals(List.of("wi", "il", "ld", "df", "fl", "ly"), tokens(bigrams, "WildFly"));
    }

    @Test
    void spacesAreNotPartOfAnyString() throws IOException {
        assertEquals(tokens(bigrams, "黄娴报道"), tokens(bigrams, "黄\u3000娴 报道\n"));
        assertEquals("黄娴", CharacterBigramAnalyzer.searchable("黄　娴 "));
    }

    @Test
    void fullWidthFormsAreFolded() throws IOException {
        assertEquals(tokens(bigrams, "A01版2024"), tokens(bigrams, "Ａ０１版２０２４"));
        assertEquals(tokens(words, "GDP增长"), tokens(words, "ＧＤＰ增长"));
    }



    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
