package org.baoku.issuefile.parse.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

import org.baoku.issuefile.Layout;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BadXmlTest {

    private final AltoPageParser altoParser = new AltoPageParser(new NearbyMets());
    private final MetsFileParser metsParser = new MetsFileParser();

    private ParseResult alto(Path file, byte[] content) {
        return altoParser.parse(Deliveries.source(file, content, Layout.ALTO), content);
    }

    private ParseResult mets(Path file, byte[] content) {
        return metsParser.parse(Deliveries.source(file, content, Layout.METS), content);
    }

    @ParameterizedTest
    @CsvSource({
            "bomb.xml, XML_DOCTYPE_REFUSED, XML_DOCTYPE_REFUSED",
            "external-entity.xml, XML_DOCTYPE_REFUSED, XML_DOCTYPE_REFUSED",
            "doctype.xml, XML_DOCTYPE_REFUSED, XML_DOCTYPE_REFUSED",
            // the METS reader stops at the <alto> root, before the damage
            "malformed.xml, MALFORMED_XML, UNEXPECTED_ROOT",
            "truncated.xml, MALFORMED_XML, UNEXPECTED_ROOT",
            "not-xml.xml, NOT_XML, NOT_XML"})
    void badXmlIsRejectedWithItsReasonByBothParsers(String name, String altoCode, String metsCode) {
        Path file = Deliveries.BAD.resolve(name);
        byte[] content = Deliveries.bytes(file);
        ParseResult[] results = {alto(file, content), mets(file, content)};
        String[] codes = {altoCode, metsCode};
        for (int i = 0; i < results.length; i++) {
            ParseResult result = results[i];
            assertEquals(ParseStatus.REJECTED, result.status());
            assertEquals(codes[i], result.rejectionReason().code(), result.rejectionReason().message());
            assertEquals(Severity.ERROR, result.rejectionReason().severity());
            assertTrue(result.articles().isEmpty());
            assertFalse(result.rejectionReason().message().contains("root:"), "no file content leaks");
        }
    }

    @Test
    void aTruncatedMetsIsMalformed() {
        Path file = Deliveries.EUROPEANA.resolve("mets.xml");
        byte[] valid = Deliveries.bytes(file);
        ParseResult result = mets(file, Arrays.copyOf(valid, valid.length / 2));
        assertEquals("MALFORMED_XML", result.rejectionReason().code());
        assertTrue(result.rejectionReason().message().contains("line"), result.rejectionReason().message());
    }

    @Test
    void theExternalEntityIsNeverRead() {
        Path file = Deliveries.BAD.resolve("external-entity.xml");
        ParseResult result = alto(file, Deliveries.bytes(file));
        assertFalse(result.findings().toString().contains("/bin/"), result.findings().toString());
    }

    @Test
    void anEmptyFileIsNotXml() {
        assertEquals("NOT_XML", alto(Path.of("empty.xml"), new byte[0]).rejectionReason().code());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<alto>" + "<x>".repeat(500) + "</x>".repeat(500) + "</alto>";
        ParseResult result = alto(Path.of("deep.xml"), deep.getBytes(StandardCharsets.UTF_8));
        assertEquals("XML_TOO_DEEP", result.rejectionReason().code());
    }

    @Test
    void aHugeAttributeIsRefused() {
        String huge = "<alto><Layout><Page><PrintSpace><TextBlock><TextLine><String CONTENT=\"" + "a".repeat(100_000)
                + "\"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>";
        ParseResult result = alto(Path.of("huge.xml"), huge.getBytes(StandardCharsets.UTF_8));
        assertEquals("XML_VALUE_TOO_LARGE", result.rejectionReason().code());
    }

    @Test
    void anUndeclaredEntityIsMalformed() {
        byte[] content = "<alto><Layout><Page><PrintSpace><TextBlock><TextLine><String CONTENT=\"&nbsp;\"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("MALFORMED_XML", alto(Path.of("entity.xml"), content).rejectionReason().code());
    }

    @Test
    void rootsAreSniffedFromThePrologue() {
        assertEquals(Optional.of(new XmlRoot("alto", "http://www.loc.gov/standards/alto/ns-v2#")),
                XmlRoot.of(Deliveries.bytes(Deliveries.ISSUE_1.resolve("0001.xml"))));
        assertTrue(XmlRoot.of(Deliveries.bytes(Deliveries.ISSUE_1.resolve("1901010101.xml"))).orElseThrow().isMets());
        assertTrue(XmlRoot.of(Deliveries.bytes(Deliveries.NDNP.resolve("batch.xml"))).orElseThrow().isNdnpBatch());
        assertFalse(XmlRoot.of("<batch/>".getBytes(StandardCharsets.UTF_8)).orElseThrow().isNdnpBatch());
        assertTrue(XmlRoot.of(Deliveries.bytes(Deliveries.BAD.resolve("bomb.xml"))).orElseThrow().isAlto(),
                "a DOCTYPE is passed over, not expanded, so the ALTO reader can refuse it with its reason");
        assertEquals(Optional.empty(), XmlRoot.of(Deliveries.bytes(Deliveries.BAD.resolve("not-xml.xml"))));
        assertEquals(Optional.empty(), XmlRoot.of(new byte[0]));
        // only the prologue is needed: a file cut after its root's start tag is still recognised
        byte[] head = Arrays.copyOf(Deliveries.bytes(Deliveries.EUROPEANA.resolve("mets.xml")), 300);
        assertTrue(XmlRoot.of(head).orElseThrow().isMets());
        // UTF-16 with BOM
        assertTrue(XmlRoot.of("<?xml version=\"1.0\" encoding=\"UTF-16\"?><alto/>".getBytes(StandardCharsets.UTF_16))
                .orElseThrow().isAlto());
    }

    @Test
    void randomlyDamagedAltoAlwaysEndsInAResult() {
        Path file = Deliveries.ISSUE_1.resolve("0001.xml");
        byte[] valid = Deliveries.bytes(file);
        Random random = new Random(20240501);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int round = 0; round < 500; round++) {
                byte[] damaged = damage(valid, random);
                ParseResult result = alto(file, damaged);
                assertNotNull(result.status());
                if (result.rejected()) {
                    assertNotNull(result.rejectionReason(), "round " + round);
                }
                assertNotNull(mets(file, damaged).status());
            }
        });
    }

    private static byte[] damage(byte[] valid, Random random) {
        byte[] damaged = switch (random.nextInt(3)) {
            case 0 -> Arrays.copyOf(valid, random.nextInt(valid.length));
            default -> valid.clone();
        };
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && damaged.length > 0; i++) {
            damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
        }
        return damaged;
    }
}
