package org.baoku.issuefile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Severity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever damage a delivery does to a page, the parser answers with exactly one reading and never
 * throws: truncations, flipped bytes, shuffled paragraphs and other encodings of the real sample page
 * (or of the fictional front page when ../shared is not checked out).
 */
class IssueFileParserPropertiesTest {

    private static final IssueFileParser PARSER = new IssueFileParser(ParserOptions.defaults());
    private static final byte[] PAGE = page();

    private static byte[] page() {
        try {
            return FictionalPages.sharedSampleAvailable() ? FictionalPages.sharedSample()
                    : FictionalPages.utf8(FictionalPages.FRONT_PAGE);
        } catch (IOException e) {
            return FictionalPages.utf8(FictionalPages.FRONT_PAGE);
        }
    }

    private static String text() {
        return new String(PAGE, StandardCharsets.UTF_8);
    }

    private static void assertOneSoundReading(ParseResult result, byte[] content) {
        assertNotNull(result);
        assertNotNull(result.status());
        assertNotNull(result.source());
        assertNotNull(result.issue());
        assertNotNull(result.page());
        assertEquals(content.length, result.source().bytes());
        boolean hasError = result.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
        assertEquals(hasError, result.status() == ParseStatus.REJECTED);
        if (result.rejected()) {
            assertEquals(List.of(), result.articles());
        }
    }

    @Property(tries = 200)
    void truncatedAnywhere(@ForAll @IntRange(min = 0, max = 100_000) int cut) {
        byte[] content = Arrays.copyOf(PAGE, cut % (PAGE.length + 1));
        assertOneSoundReading(PARSER.parse("cut", content), content);
    }

    @Property(tries = 200)
    void bytesFlipped(@ForAll("flips") List<Integer> positions, @ForAll byte value) {
        byte[] content = PAGE.clone();
        for (int position : positions) {
            content[position % content.length] ^= (byte) (value | 1);
        }
        assertOneSoundReading(PARSER.parse("flipped", content), content);
    }

    @Provide
    Arbitrary<List<Integer>> flips() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(50);
    }

    @Property(tries = 100)
    void blocksShuffled(@ForAll long seed) {
        List<String> blocks = new ArrayList<>(Arrays.asList(text().split("\n\n")));
        Collections.shuffle(blocks, new Random(seed));
        byte[] content = String.join("\n\n", blocks).getBytes(StandardCharsets.UTF_8);
        assertOneSoundReading(PARSER.parse("shuffled", content), content);
    }

    @Property(tries = 60)
    void reEncodedAndCut(@ForAll("encodings") String encoding, @ForAll boolean byteOrderMark,
                         @ForAll @IntRange(min = 0, max = 100) int percentKept) {
        byte[] encoded = ((byteOrderMark ? "\uFEFF" : "") + text()).getBytes(Charset.forName(encoding));
        byte[] content = Arrays.copyOf(encoded, encoded.length * percentKept / 100);
        ParseResult result = PARSER.parse("re-encoded", content);
        assertOneSoundReading(result, content);
        if (percentKept == 100) {
            assertEquals(encoding, result.source().encoding());
        }
    }

    @Provide
    Arbitrary<String> encodings() {
        return Arbitraries.of("UTF-8", "GB18030", "UTF-16LE", "UTF-16BE");
    }

    @Property(tries = 100)
    void randomBytes(@ForAll byte[] content) {
        assertOneSoundReading(PARSER.parse("random", content), content);
    }
}
