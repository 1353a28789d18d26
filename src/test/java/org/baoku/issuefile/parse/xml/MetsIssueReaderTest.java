package org.baoku.issuefile.parse.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.baoku.issuefile.IssueMasthead;
import org.junit.jupiter.api.Test;

class MetsIssueReaderTest {

    private final MetsIssueReader reader = new MetsIssueReader();

    private MetsIssue read(Path mets) throws XmlReadException {
        return reader.read(Deliveries.bytes(mets), mets);
    }

    @Test
    void anNdnpIssueGivesDateVolumeIssueEditionLccnAndItsOcrFiles() throws XmlReadException {
        MetsIssue issue = read(Deliveries.ISSUE_1.resolve("1901010101.xml"));
        assertNull(issue.title());
        assertEquals(LocalDate.of(1901, 1, 1), issue.date());
        assertEquals("3", issue.volume());
        assertEquals("1", issue.issueNumber());
        assertEquals("Morning edition", issue.edition());
        assertEquals("sn99000001", issue.lccn());
        assertEquals(2, issue.pages().size());
        MetsPage first = issue.pages().get(0);
        assertEquals(1, first.order());
        assertEquals("1", first.label());
        assertEquals("ocrFile1", first.altoFileId());
        assertEquals("./0001.xml", first.altoHref());
        assertEquals(Deliveries.ISSUE_1.resolve("0001.xml"), first.altoPath());
        assertEquals(List.of(), issue.articles());

        assertEquals(new IssueMasthead(null, null, null, LocalDate.of(1901, 1, 1), null, null, 1, 2, "sn99000001", null,
                "3", "Morning edition"), issue.masthead());
    }

    @Test
    void pagesAreOrderedByTheirModsSequenceWhenTheDivsHaveNoOrder() throws XmlReadException {
        MetsIssue issue = read(Deliveries.ISSUE_2.resolve("1901010201.xml"));
        assertEquals(List.of(1, 2, 3), issue.pages().stream().map(MetsPage::order).toList());
        assertEquals(List.of("./0001.xml", "./0002.xml", "./0003.xml"), issue.pages().stream().map(MetsPage::altoHref).toList());
        assertEquals("1", issue.edition());
        assertEquals("2", issue.issueNumber());
    }

    @Test
    void aEuropeanaIssueGivesTitleIssnLabelsAndArticles() throws XmlReadException {
        MetsIssue issue = read(Deliveries.EUROPEANA.resolve("mets.xml"));
        assertEquals("The Sample Courier", issue.title());
        assertEquals(LocalDate.of(1925, 3, 14), issue.date());
        assertEquals("12", issue.volume());
        assertEquals("61", issue.issueNumber());
        assertEquals("Evening edition", issue.edition());
        assertEquals("0000-0019", issue.issn());
        assertNull(issue.lccn());
        assertEquals("0000-0019", issue.masthead().serialNumber());
        assertEquals(List.of("[1]", "2"), issue.pages().stream().map(MetsPage::label).toList());
        assertEquals(Deliveries.EUROPEANA.resolve("alto/00002.xml"), issue.pages().get(1).altoPath());

        assertEquals(List.of("Council approves market hall", "Shipping news", "Letters to the editor"),
                issue.articles().stream().map(MetsArticle::label).toList());
        MetsArticle council = issue.articles().get(0);
        assertEquals(List.of(new MetsArea("ALTO00001", "TB1", true), new MetsArea("ALTO00001", "TB2", false),
                new MetsArea("ALTO00001", "TB3", false), new MetsArea("ALTO00002", "TB1", false)), council.areas());
        assertEquals(1, council.areasIn("ALTO00002").size());
    }

    @Test
    void labelsFallBackFromOrderLabelToLabelToPageNumberToOrder() throws XmlReadException {
        String mets = """
                <mets xmlns="http://www.loc.gov/METS/" xmlns:mods="http://www.loc.gov/mods/v3">
                  <dmdSec ID="I"><mdWrap><xmlData><mods:mods><mods:originInfo><mods:dateIssued>1930-07-01T00:00:00</mods:dateIssued></mods:originInfo></mods:mods></xmlData></mdWrap></dmdSec>
                  <dmdSec ID="P3"><mdWrap><xmlData><mods:mods><mods:part><mods:detail type="page number"><mods:number>A3</mods:number></mods:detail></mods:part></mods:mods></xmlData></mdWrap></dmdSec>
                  <structMap TYPE="PHYSICAL"><div TYPE="issue">
                    <div TYPE="page" ORDER="1" ORDERLABEL="A1" LABEL="front"/>
                    <div TYPE="page" ORDER="2" LABEL="A2"/>
                    <div TYPE="page" ORDER="3" DMDID="P3"/>
                    <div TYPE="page" ORDER="4"/>
                  </div></structMap>
                </mets>""";
        MetsIssue issue = reader.read(mets.getBytes(StandardCharsets.UTF_8), Path.of("x/mets.xml"));
        assertEquals(List.of("A1", "A2", "A3", "4"), issue.pages().stream().map(MetsPage::label).toList());
        assertEquals(LocalDate.of(1930, 7, 1), issue.date());
        assertTrue(issue.pages().stream().allMatch(page -> page.altoPath() == null));
    }

    @Test
    void hrefsResolveAgainstTheMetsDirectory() {
        Path dir = Path.of("/data/issue");
        assertEquals(Path.of("/data/issue/alto/1.xml"), MetsIssueReader.resolve(dir, "alto/1.xml"));
        assertEquals(Path.of("/data/issue/alto/1.xml"), MetsIssueReader.resolve(dir, "./alto\\1.xml"));
        assertEquals(Path.of("/data/other/1.xml"), MetsIssueReader.resolve(dir, "../other/1.xml"));
        assertEquals(Path.of("/data/issue/a b.xml"), MetsIssueReader.resolve(dir, "a%20b.xml"));
        assertEquals(Path.of("/srv/x.xml"), MetsIssueReader.resolve(dir, "file:///srv/x.xml"));
        assertNull(MetsIssueReader.resolve(dir, "https://example.org/x.xml"));
        assertNull(MetsIssueReader.resolve(dir, " "));
    }
}
