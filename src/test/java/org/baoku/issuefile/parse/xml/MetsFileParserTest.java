package org.baoku.issuefile.parse.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.Layout;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Severity;
import org.junit.jupiter.api.Test;

class MetsFileParserTest {

    private final MetsFileParser parser = new MetsFileParser();

    private ParseResult parse(Path file) {
        byte[] content = Deliveries.bytes(file);
        return parser.parse(Deliveries.source(file, content, Layout.METS), content);
    }

    @Test
    void aCompleteIssueIsAccepted() {
        ParseResult result = parse(Deliveries.ISSUE_1.resolve("1901010101.xml"));
        assertEquals(ParseStatus.ACCEPTED, result.status(), result.findings().toString());
        assertEquals(LocalDate.of(1901, 1, 1), result.issue().date());
        assertEquals(2, result.issue().pageCount());
        assertEquals(PageHeader.UNKNOWN, result.page());
        assertEquals(List.of(), result.articles());
    }

    @Test
    void aPageWhoseAltoIsMissingIsAWarningNamingPageAndFile() {
        ParseResult result = parse(Deliveries.ISSUE_2.resolve("1901010201.xml"));
        assertEquals(ParseStatus.ACCEPTED_WITH_WARNINGS, result.status());
        assertEquals(3, result.issue().pageCount());
        assertEquals(1, result.findings().size());
        Finding missing = result.findings().get(0);
        assertEquals("MISSING_PAGES", missing.code());
        assertEquals(Severity.WARNING, missing.severity());
        assertTrue(missing.message().contains("page 3") && missing.message().contains("./0003.xml"), missing.message());
    }

    @Test
    void aMetsWithoutDateIsRejected() {
        for (String date : new String[] {"", "<mods:originInfo><mods:dateIssued>1901</mods:dateIssued></mods:originInfo>"}) {
            byte[] content = ("<mets xmlns=\"http://www.loc.gov/METS/\" xmlns:mods=\"http://www.loc.gov/mods/v3\"><dmdSec ID=\"I\">"
                    + "<mdWrap><xmlData><mods:mods>" + date + "</mods:mods></xmlData></mdWrap></dmdSec></mets>")
                    .getBytes(StandardCharsets.UTF_8);
            ParseResult result = parser.parse(Deliveries.source(Path.of("x/mets.xml"), content, Layout.METS), content);
            assertEquals(ParseStatus.REJECTED, result.status());
            assertEquals("NO_ISSUE_DATE", result.rejectionReason().code());
            assertEquals(IssueMasthead.UNKNOWN, result.issue());
        }
    }

    @Test
    void anNdnpBatchListsItsIssuesAndWarnsOfAbsentOnes() {
        ParseResult result = parse(Deliveries.NDNP.resolve("batch.xml"));
        assertEquals(ParseStatus.ACCEPTED_WITH_WARNINGS, result.status());
        assertEquals(IssueMasthead.UNKNOWN, result.issue());
        assertEquals(List.of("BATCH_ISSUES", "MISSING_ISSUE"), result.findings().stream().map(Finding::code).toList());
        assertEquals("NDNP batch batch_tst_example_ver01 lists 3 issues on 1 reels", result.findings().get(0).message());
        assertEquals(Severity.INFO, result.findings().get(0).severity());
        assertTrue(result.findings().get(1).message().contains("1901-01-03"));
    }

    @Test
    void anAltoGivenAsMetsIsRejectedForItsRoot() {
        ParseResult result = parse(Deliveries.ISSUE_1.resolve("0001.xml"));
        assertEquals("UNEXPECTED_ROOT", result.rejectionReason().code());
    }
}
