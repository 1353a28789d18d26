package org.baoku.issuefile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueFileParserTest {

    private final IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());

    @TempDir
    Path dir;

    private static List<String> codes(ParseResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    private static void assertRejected(ParseResult result, String code) {
        assertEquals(ParseStatus.REJECTED, result.status());
        assertEquals(code, result.rejectionReason().code());
        assertEquals(Severity.ERROR, result.rejectionReason().severity());
        assertEquals(List.of(), result.articles());
        assertEquals(List.of(), result.guide());
        assertEquals(IssueMasthead.UNKNOWN, result.issue());
    }

    @Test
    void aFrontPageIsReadWhole() {
        ParseResult result = parser.parse("yl/20240520-A01.txt", FictionalPages.utf8(FictionalPages.FRONT_PAGE));
        assertEquals(ParseStatus.ACCEPTED, result.status(), result.findings().toString());
        assertEquals("yl/20240520-A01.txt", result.source().path());
        assertEquals("UTF-8", result.source().encoding());
        assertEquals(FictionalPages.utf8(FictionalPages.FRONT_PAGE).length, result.source().bytes());
        assertEquals(64, result.source().sha256().length());
        assertEquals("云岭日报", result.issue().publication());
        assertEquals(LocalDate.of(2024, 5, 20), result.issue().date());
        assertEquals("A01", result.page().label(), "labelled in the scheme of its (下转A02版)");
        assertFalse(result.articles().isEmpty());
    }

    @Test
    void anInnerPageInGb18030WithCrlfLineEnds() {
        byte[] bytes = FictionalPages.INNER_PAGE.replace("\n", "\r\n").getBytes(Charset.forName("GB18030"));
        ParseResult result = parser.parse("A02.txt", bytes);
        assertEquals("GB18030", result.source().encoding());
        assertEquals(new PageHeader("A02", "要闻", "周文"), result.page());
        assertEquals(LocalDate.of(2024, 5, 20), result.issue().date());
        assertFalse(result.rejected());
    }

    @Test
    void theSameBytesGiveTheSameReadingWhateverTheLineEnds() {
        ParseResult lf = parser.parse("p", FictionalPages.utf8(FictionalPages.FRONT_PAGE));
        ParseResult cr = parser.parse("p", FictionalPages.utf8(FictionalPages.FRONT_PAGE.replace("\n", "\r")));
        assertEquals(lf.issue(), cr.issue());
        assertEquals(lf.articles(), cr.articles());
        assertEquals(lf.page(), cr.page());
    }

    @Test
    void aWrongWeekdayMakesTheReadingAcceptedWithWarnings() {
        ParseResult result = parser.parse("p", FictionalPages.utf8(FictionalPages.FRONT_PAGE.replace("星期一", "星期五")));
        assertEquals(ParseStatus.ACCEPTED_WITH_WARNINGS, result.status());
        assertTrue(codes(result).contains("WEEKDAY_MISMATCH"));
    }

    @Test
    void aPageWithArticlesButNoHeadIsAcceptedWithNoMastheadWarning() {
        String page = """
                # 云岭港新开两条航线

                本报讯（记者陈东）5月18日,云岭港新开通至沿海港口的两条集装箱航线。
                """;
        ParseResult result = parser.parse("p", FictionalPages.utf8(page));
        assertEquals(ParseStatus.ACCEPTED_WITH_WARNINGS, result.status());
        assertTrue(codes(result).contains(IssueFileParser.NO_MASTHEAD));
        assertEquals(PageHeader.UNKNOWN, result.page());
    }

    @Test
    void emptyAndBlankFilesAreRejected() {
        assertRejected(parser.parse("empty", new byte[0]), "EMPTY_FILE");
        assertRejected(parser.parse("blank", FictionalPages.utf8(" \n\u3000\r\n")), "EMPTY_FILE");
    }

    @Test
    void binaryIsRejectedAsUndecodable() {
        byte[] noise = new byte[4099];
        new Random(7).nextBytes(noise);
        noise[100] = 0;
        ParseResult result = parser.parse("binary", noise);
        assertRejected(result, "UNDECODABLE");
        assertNull(result.source().encoding());
        assertEquals(64, result.source().sha256().length(), "rejected files are still identified by content");
    }

    @Test
    void readableTextThatIsNoNewspaperPageIsRejected() {
        String readme = """
                # Build

                Run mvn package, then start the server with bin/demo-import.

                ## Tests

                mvn verify runs the unit and integration tests.
                """;
        ParseResult result = parser.parse("README.md", FictionalPages.utf8(readme));
        assertRejected(result, IssueFileParser.NOT_AN_ISSUE_FILE);
        assertEquals("UTF-8", result.source().encoding());
        assertRejected(parser.parse("prose", FictionalPages.utf8("今天天气很好,我们去公园散步。\n")),
                IssueFileParser.NOT_AN_ISSUE_FILE);
    }

    @Test
    void contentOverTheLimitIsRejectedAsTooLarge() {
        IssueFileParser small = new IssueFileParser(new ParserOptions(100));
        byte[] page = FictionalPages.utf8(FictionalPages.FRONT_PAGE);
        ParseResult result = small.parse("big", page);
        assertRejected(result, IssueFileParser.FILE_TOO_LARGE);
        assertEquals(page.length, result.source().bytes());
        assertNull(result.source().sha256());
    }

    @Test
    void aFileOverTheLimitIsJudgedByItsSizeAndNeverRead() throws IOException {
        // a sparse file of 3 GB: reading it whole would take seconds and more memory than a byte[] can hold
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parser.parse(huge));
        assertRejected(result, IssueFileParser.FILE_TOO_LARGE);
        assertEquals(3L * 1024 * 1024 * 1024, result.source().bytes());
        assertNull(result.source().sha256(), "not hashed: not read");
    }

    @Test
    void aFileAtTheLimitIsRead() throws IOException {
        byte[] page = FictionalPages.utf8(FictionalPages.FRONT_PAGE);
        Path file = Files.write(dir.resolve("page.txt"), page);
        ParseResult result = new IssueFileParser(new ParserOptions(page.length)).parse(file);
        assertFalse(result.rejected(), result.findings().toString());
        assertEquals(file.toString(), result.source().path());
    }

    @Test
    void onlyAPathThatCannotBeReadThrows() {
        assertThrows(IOException.class, () -> parser.parse(dir.resolve("missing.txt")));
        assertThrows(IOException.class, () -> parser.parse(dir));
    }

    @Test
    void theSharedSampleIsAFrontPageOfEightPages() throws IOException {
        assumeTrue(FictionalPages.sharedSampleAvailable(), "../shared is not checked out");
        ParseResult result = parser.parse(FictionalPages.SHARED_SAMPLE);
        assertEquals(new IssueMasthead("焦作日报", "焦作日报社", "中共焦作市委", LocalDate.of(2025, 8, 13), "星期三",
                "乙巳年六月二十", 14656, 8, "CN 41-0007", "李弘"), result.issue());
        assertEquals("A01", result.page().label());
        assertFalse(codes(result).contains("LUNAR_DATE_MISMATCH"), "闰六月 printed as 六月 is no mismatch");
        assertFalse(codes(result).contains("WEEKDAY_MISMATCH"));
        assertFalse(codes(result).contains("NO_MASTHEAD"));
        assertFalse(codes(result).contains("PAGE_REF_OUT_OF_RANGE"));
    }

    @Test
    void theSharedSampleReadsTheSameInEveryEncoding() throws IOException {
        assumeTrue(FictionalPages.sharedSampleAvailable(), "../shared is not checked out");
        String text = new String(FictionalPages.sharedSample(), StandardCharsets.UTF_8);
        ParseResult utf8 = parser.parse("s", FictionalPages.sharedSample());
        for (Charset charset : List.of(Charset.forName("GB18030"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ParseResult other = parser.parse("s", text.getBytes(charset));
            assertEquals(charset.name(), other.source().encoding());
            assertEquals(utf8.issue(), other.issue());
            assertEquals(utf8.articles(), other.articles());
            assertEquals(utf8.guide(), other.guide());
        }
    }
}
