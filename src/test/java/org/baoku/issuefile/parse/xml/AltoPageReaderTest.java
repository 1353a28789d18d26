package org.baoku.issuefile.parse.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.baoku.issuefile.TextRegion;
import org.baoku.issuefile.TextRegion.Box;
import org.junit.jupiter.api.Test;

class AltoPageReaderTest {

    private final AltoPageReader reader = new AltoPageReader();

    private static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String alto(String namespace, String printSpace) {
        String xmlns = namespace == null ? "" : " xmlns=\"" + namespace + "\"";
        return "<?xml version=\"1.0\"?><alto" + xmlns + "><Description><MeasurementUnit>mm10</MeasurementUnit></Description>"
                + "<Layout><Page WIDTH=\"2000\" HEIGHT=\"3000\"><PrintSpace>" + printSpace + "</PrintSpace></Page></Layout></alto>";
    }

    private static final String ONE_BLOCK = "<TextBlock ID=\"B1\" HPOS=\"1\" VPOS=\"2\" WIDTH=\"3\" HEIGHT=\"4\">"
            + "<TextLine HPOS=\"1\" VPOS=\"2\" WIDTH=\"3\" HEIGHT=\"4\"><String CONTENT=\"Good\"/><SP/><String CONTENT=\"news\"/></TextLine></TextBlock>";

    @Test
    void everyAltoVersionIsRead() throws XmlReadException {
        for (String namespace : new String[] {"http://www.loc.gov/standards/alto/ns-v2#",
                "http://www.loc.gov/standards/alto/ns-v3#", "http://www.loc.gov/standards/alto/ns-v4#",
                "http://schema.ccs-gmbh.com/ALTO", null}) {
            AltoPage page = reader.read(utf8(alto(namespace, ONE_BLOCK)));
            assertEquals(namespace == null ? "" : namespace, page.version());
            assertEquals(1, page.blocks().size(), String.valueOf(namespace));
            assertEquals("Good news", page.blocks().get(0).text());
            assertEquals("mm10", page.measurementUnit());
            assertEquals(2000, page.width());
            assertEquals(3000, page.height());
        }
    }

    @Test
    void theVersionFilesOfTheDeliveriesAreRead() throws XmlReadException {
        assertEquals("http://www.loc.gov/standards/alto/ns-v2#",
                reader.read(Deliveries.bytes(Deliveries.ISSUE_1.resolve("0001.xml"))).version());
        assertEquals("http://www.loc.gov/standards/alto/ns-v3#",
                reader.read(Deliveries.bytes(Deliveries.ISSUE_2.resolve("0001.xml"))).version());
        assertEquals("http://www.loc.gov/standards/alto/ns-v4#",
                reader.read(Deliveries.bytes(Deliveries.EUROPEANA.resolve("alto/00001.xml"))).version());
    }

    @Test
    void hyphenatedWordsAreJoinedWithSubsContentOrByDroppingTheHyphen() throws XmlReadException {
        AltoPage page = reader.read(Deliveries.bytes(Deliveries.ISSUE_1.resolve("0001.xml")));
        AltoBlock story = page.blocks().get(1);
        assertEquals("P1_TB00002", story.id());
        assertEquals("The new bridge across the harbour was opened yesterday before a large crowd of citizens, "
                + "who cheered the engineers and the mayor.", story.text());
        // a line as printed keeps its hyphen
        assertEquals("The new bridge across the har-", story.lines().get(0).text());
        assertEquals("bour was opened yesterday before a large", story.lines().get(1).text());
    }

    @Test
    void aHypPart1WithoutSubsContentLosesItsOwnHyphen() throws XmlReadException {
        AltoPage page = reader.read(utf8(alto(null, "<TextBlock ID=\"B\"><TextLine><String CONTENT=\"news\"/><SP/>"
                + "<String CONTENT=\"pa-\" SUBS_TYPE=\"HypPart1\"/></TextLine><TextLine><String CONTENT=\"per\" SUBS_TYPE=\"HypPart2\"/>"
                + "<SP/><String CONTENT=\"boy\"/></TextLine></TextBlock>")));
        assertEquals("news paper boy", page.blocks().get(0).text());
    }

    @Test
    void aHyphenAtTheEndOfABlockIsKept() throws XmlReadException {
        AltoPage page = reader.read(utf8(alto(null, "<TextBlock ID=\"B\"><TextLine><String CONTENT=\"con\"/><HYP CONTENT=\"¬\"/>"
                + "</TextLine></TextBlock>")));
        assertEquals("con¬", page.blocks().get(0).text());
    }

    @Test
    void cjkCharactersAndLinesAreJoinedWithoutSpaces() throws XmlReadException {
        AltoPage page = reader.read(Deliveries.bytes(Deliveries.ISSUE_2.resolve("0001.xml")));
        assertEquals(List.of("电车新线今日通车", "本埠电车公司所筑新线自东门至南码头，昨日试车完毕，今日正式通车。沿途商民均称便利。"),
                page.blocks().stream().map(AltoBlock::text).toList());
    }

    @Test
    void latinWordsOfALineAreApartEvenWithoutAnSp() throws XmlReadException {
        // as in a real NDNP page (chronam's test data): "VOIV" and "O1" are two Strings with no SP between
        AltoPage page = reader.read(utf8(alto(null, "<TextBlock ID=\"B\"><TextLine><String CONTENT=\"VOIV\"/>"
                + "<String CONTENT=\"O1\"/><SP/><String CONTENT=\"LXIII\"/><String CONTENT=\"号\"/></TextLine></TextBlock>")));
        assertEquals("VOIV O1 LXIII号", page.blocks().get(0).text());
    }

    @Test
    void latinLinesAreJoinedWithOneSpaceAndCjkNextToLatinWithNone() throws XmlReadException {
        AltoPage page = reader.read(utf8(alto(null, "<TextBlock ID=\"B\"><TextLine><String CONTENT=\"Shanghai\"/></TextLine>"
                + "<TextLine><String CONTENT=\"Tramways\"/></TextLine><TextLine><String CONTENT=\"公\"/><String CONTENT=\"司\"/>"
                + "</TextLine></TextBlock>")));
        assertEquals("Shanghai Tramways公司", page.blocks().get(0).text());
    }

    @Test
    void blocksAreInDocumentOrderOfThePrintSpaceWithoutMarginsAndComposedBlocksAreGrouped() throws XmlReadException {
        AltoPage page = reader.read(Deliveries.bytes(Deliveries.ISSUE_1.resolve("0001.xml")));
        assertEquals(List.of("P1_TB00001", "P1_TB00002", "P1_TB00003", "P1_TB00004", "P1_TB00005"),
                page.blocks().stream().map(AltoBlock::id).toList());
        assertNull(page.blocks().get(0).group());
        assertEquals("P1_CB00001", page.blocks().get(2).group());
        assertEquals("P1_CB00001", page.blocks().get(3).group());
        assertNull(page.blocks().get(4).group());
        assertEquals("at Miller & Sons, Main Street.", page.blocks().get(3).text());
        assertEquals("inch1200", page.measurementUnit());
    }

    @Test
    void aPageWithoutPrintSpaceKeepsItsBlocks() throws XmlReadException {
        AltoPage page = reader.read(utf8("<alto><Layout><Page><TopMargin>" + ONE_BLOCK + "</TopMargin></Page></Layout></alto>"));
        assertEquals("Good news", page.blocks().get(0).text());
    }

    @Test
    void regionsKeepTheBlockAndLineBoxesRoundingFractions() throws XmlReadException {
        AltoPage english = reader.read(Deliveries.bytes(Deliveries.ISSUE_1.resolve("0001.xml")));
        TextRegion story = english.blocks().get(1).region();
        assertEquals(new Box(600, 2000, 8000, 1700), story.block());
        assertEquals(List.of(new Box(600, 2000, 8000, 400), new Box(600, 2420, 8000, 400), new Box(600, 2840, 8000, 400),
                new Box(600, 3260, 4000, 400)), story.lines());

        AltoPage chinese = reader.read(Deliveries.bytes(Deliveries.ISSUE_2.resolve("0001.xml")));
        // HPOS="100.0" VPOS="100.5" WIDTH="800.0" HEIGHT="95.5" (ALTO v3 allows fractions)
        assertEquals(new Box(100, 101, 800, 96), chinese.blocks().get(0).region().lines().get(0));
    }

    @Test
    void theMeanWordConfidenceCountsOnlyWordsThatCarryOne() throws XmlReadException {
        AltoPage low = reader.read(Deliveries.bytes(Deliveries.ISSUE_2.resolve("0002.xml")));
        assertEquals(20, low.words());
        assertEquals(20, low.scoredWords());
        assertEquals(0.43, low.meanWordConfidence().getAsDouble(), 1e-6);

        AltoPage unscored = reader.read(utf8(alto(null, ONE_BLOCK)));
        assertEquals(2, unscored.words());
        assertTrue(unscored.meanWordConfidence().isEmpty());

        AltoPage mixed = reader.read(utf8(alto(null, "<TextBlock><TextLine><String CONTENT=\"a\" WC=\"0.2\"/><SP/>"
                + "<String CONTENT=\"b\" WC=\"7\"/><SP/><String CONTENT=\"c\" WC=\"x\"/><SP/><String CONTENT=\"d\" WC=\"0.4\"/>"
                + "</TextLine></TextBlock>")));
        assertEquals(2, mixed.scoredWords());
        assertEquals(0.3, mixed.meanWordConfidence().getAsDouble(), 1e-6);
    }

    @Test
    void aFileWithoutWordsHasNoText() throws XmlReadException {
        assertFalse(reader.read(utf8(alto(null, "<TextBlock ID=\"B\"><TextLine/></TextBlock>"))).hasText());
    }

    @Test
    void anotherRootIsRefused() {
        XmlReadException refused = assertThrows(XmlReadException.class,
                () -> reader.read(Deliveries.bytes(Deliveries.EUROPEANA.resolve("mets.xml"))));
        assertEquals(XmlReadException.UNEXPECTED_ROOT, refused.code());
    }
}
