package org.baoku.issuefile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Severity;
import org.baoku.issuefile.parse.decode.IssueFileDecoder;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random damage to the shared sample page and to fictional pages: bytes overwritten, a run of NUL bytes put
 * in, the whole page double-encoded (UTF-8 read as Latin-1 or Windows-1252 and saved as UTF-8). The parser
 * never throws and always answers with a status; the {@code keeps…} examples measure, over fixed seeds, how
 * many damaged pages are still kept, print the share, and hold it above a floor a little below what was
 * measured when they were written.
 */
class DamagedPagesPropertiesTest {

    private static final IssueFileParser PARSER = new IssueFileParser(ParserOptions.defaults());
    /** How many copies of each page the measuring examples damage. */
    private static final int COPIES = 300;

    /** A page and the most bytes to overwrite in it: 40 in the 15 KB sample, as many per byte in the others. */
    record Page(String name, byte[] bytes, int maxOverwritten) {

        static Page of(String name, byte[] bytes) {
            return new Page(name, bytes, Math.max(2, 40 * bytes.length / 15_000));
        }

        ParseResult clean() {
            return PARSER.parse(name, bytes);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Page> PAGES = pages();

    private static List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        try {
            if (FictionalPages.sharedSampleAvailable()) {
                pages.add(Page.of("sample", FictionalPages.sharedSample()));
            }
        } catch (IOException unreadable) {
            // the fictional pages alone then
        }
        pages.add(Page.of("long-front", FictionalPages.utf8(FictionalPages.LONG_FRONT_PAGE)));
        pages.add(Page.of("front", FictionalPages.utf8(FictionalPages.FRONT_PAGE)));
        pages.add(Page.of("inner", FictionalPages.utf8(FictionalPages.INNER_PAGE)));
        return List.copyOf(pages);
    }

    static byte[] overwritten(Page page, Random random) {
        byte[] content = page.bytes().clone();
        int count = 1 + random.nextInt(page.maxOverwritten());
        for (int i = 0; i < count; i++) {
            content[random.nextInt(content.length)] = (byte) random.nextInt(256);
        }
        return content;
    }

    /** A run of NULs somewhere, at most 1.5 % of the page (the zeroed tail of a block, say). */
    static byte[] withNulRun(Page page, Random random) {
        byte[] bytes = page.bytes();
        int run = 1 + random.nextInt(Math.max(1, bytes.length * 15 / 1000));
        int at = random.nextInt(bytes.length + 1);
        byte[] content = new byte[bytes.length + run];
        System.arraycopy(bytes, 0, content, 0, at);
        System.arraycopy(bytes, at, content, at + run, bytes.length - at);
        return content;
    }

    /** UTF-8 read as Latin-1 or as Windows-1252 (undefined bytes as C1 controls), saved again as UTF-8. */
    static byte[] doubleEncoded(Page page, Random random) {
        byte[] bytes = page.bytes();
        if (random.nextBoolean()) {
            return new String(bytes, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder misread = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            try {
                misread.append(Charset.forName("windows-1252").newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(new byte[] {b})));
            } catch (CharacterCodingException undefined) {
                misread.append((char) (b & 0xFF));
            }
        }
        return misread.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void assertSound(ParseResult result, byte[] content) {
        assertNotNull(result);
        assertNotNull(result.status());
        assertNotNull(result.issue());
        assertNotNull(result.page());
        assertEquals(content.length, result.source().bytes());
        boolean hasError = result.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
        assertEquals(hasError, result.status() == ParseStatus.REJECTED);
        for (Finding finding : result.findings()) {
            assertTrue(!finding.code().equals(IssueFileParser.PARSER_FAILURE), "the parser failed: " + finding);
            if (finding.code().equals(IssueFileDecoder.ENCODING_DAMAGE) || finding.code().equals(IssueFileDecoder.NUL_BYTES)) {
                assertNotNull(finding.line(), finding.toString());
                assertEquals(Severity.WARNING, finding.severity());
            }
        }
    }

    private static boolean kept(ParseResult result) {
        return result.status() != ParseStatus.REJECTED;
    }

    @Provide
    Arbitrary<Page> pagesToDamage() {
        return Arbitraries.of(PAGES);
    }

    @Property(tries = 300)
    void overwrittenBytesNeverThrow(@ForAll("pagesToDamage") Page page, @ForAll long seed) {
        byte[] content = overwritten(page, new Random(seed));
        ParseResult result = PARSER.parse(page.name(), content);
        assertSound(result, content);
        Statistics.label("kept").collect(kept(result));
    }

    @Property(tries = 200)
    void aNulRunNeverThrowsAndLeavesTheReadingAsItWas(@ForAll("pagesToDamage") Page page, @ForAll long seed) {
        byte[] content = withNulRun(page, new Random(seed));
        ParseResult result = PARSER.parse(page.name(), content);
        assertSound(result, content);
        if (kept(result)) {
            ParseResult clean = page.clean();
            assertEquals(clean.issue(), result.issue());
            assertEquals(clean.articles(), result.articles());
        }
        Statistics.label("kept").collect(kept(result));
    }

    @Property(tries = 100)
    void doubleEncodedPagesAreReadAsTheyWere(@ForAll("pagesToDamage") Page page, @ForAll long seed) {
        byte[] content = doubleEncoded(page, new Random(seed));
        ParseResult result = PARSER.parse(page.name(), content);
        assertSound(result, content);
        ParseResult clean = page.clean();
        assertEquals(clean.issue(), result.issue());
        assertEquals(clean.articles(), result.articles());
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals(IssueFileDecoder.MOJIBAKE_REPAIRED)));
    }

    @Example
    void keepsPagesWithUpTo40OverwrittenBytes() {
        assertKeptShare("1-40 bytes overwritten (scaled to size)", DamagedPagesPropertiesTest::overwritten, 0.95);
    }

    @Example
    void keepsPagesWithARunOfNuls() {
        assertKeptShare("a NUL run (up to 1.5 %)", DamagedPagesPropertiesTest::withNulRun, 0.99);
    }

    @Example
    void keepsDoubleEncodedPages() {
        assertKeptShare("double-encoded", DamagedPagesPropertiesTest::doubleEncoded, 1.0);
    }

    /** Damages {@value #COPIES} copies of each page with fixed seeds; prints the share kept and, of the sample, dated. */
    private static void assertKeptShare(String damage, BiFunction<Page, Random, byte[]> damaging, double floor) {
        for (Page page : PAGES) {
            int kept = 0;
            int dated = 0;
            for (int copy = 0; copy < COPIES; copy++) {
                byte[] content = damaging.apply(page, new Random(copy * 7919L + page.name().hashCode()));
                ParseResult result = PARSER.parse(page.name(), content);
                assertSound(result, content);
                if (kept(result)) {
                    kept++;
                    if (result.issue().date() != null) {
                        dated++;
                    }
                }
            }
            double share = kept / (double) COPIES;
            System.out.printf("damaged pages kept: %-40s %-10s %5.1f %% kept, %5.1f %% with their date%n", damage,
                    page.name(), 100 * share, 100.0 * dated / COPIES);
            assertTrue(share >= floor, String.format("%s: %s kept %.3f < %.3f", damage, page.name(), share, floor));
        }
    }
}
