package org.baoku.issuefile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.baoku.issuefile.Layout;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One parser for every layout: a mixed delivery ({@code src/test/inboxes/layouts}) read file by file
 * through {@link IssueFileParser}, each file recognised by its content, never by its folder.
 */
class LayoutDispatchTest {

    private static final Path LAYOUTS = Path.of("src/test/inboxes/layouts");

    private final IssueFileParser parser = new IssueFileParser();

    @Test
    void everyFileOfAMixedDeliveryIsReadInItsOwnLayout() throws IOException {
        Map<String, ParseResult> results = new TreeMap<>();
        try (Stream<Path> files = Files.walk(LAYOUTS)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equals("delivery.properties")).toList()) {
                results.put(LAYOUTS.relativize(file).toString(), parser.parse(file));
            }
        }

        assertEquals(Layout.ARTICLE_TEXT, layout(results, "articles/2024/01/20/20240120-01-01.txt"));
        assertEquals(Layout.ARTICLE_TEXT, layout(results, "articles/2024/01/20/20240120-01-02.txt"), "CRLF");
        assertEquals(Layout.METS, layout(results, "ndnp/batch.xml"));
        assertEquals(Layout.METS, layout(results, "ndnp/sn99000001/1921010101/1921010101.xml"));
        assertEquals(Layout.ALTO, layout(results, "ndnp/sn99000001/1921010101/0001.xml"));
        assertEquals(Layout.ALTO, layout(results, "ndnp/sn99000001/stray/0009.xml"));

        ParseResult article = results.get("articles/2024/01/20/20240120-01-01.txt");
        assertEquals("临江晚报", article.issue().publication(), "from the delivery's delivery.properties");
        assertEquals("01", article.page().label());
        assertEquals(1, article.articles().get(0).number());

        ParseResult alto = results.get("ndnp/sn99000001/1921010101/0002.xml");
        assertEquals("1921-01-01", alto.issue().date().toString());
        assertEquals("2", alto.page().label());
        assertTrue(alto.articles().stream().anyMatch(a -> String.join("", a.paragraphs()).contains("渔船可在夜间靠岸卸货")),
                "Chinese strings of a line joined without spaces");

        assertEquals("ALTO_WITHOUT_METS", results.get("ndnp/sn99000001/stray/0009.xml").rejectionReason().code());
        assertEquals(ParseStatus.REJECTED, results.get("bad/lanterns.xml").status());
        assertEquals("XML_DOCTYPE_REFUSED", results.get("bad/lanterns.xml").rejectionReason().code());
        assertEquals("XML_DOCTYPE_REFUSED", results.get("bad/entity.xml").rejectionReason().code(),
                "an external entity is never resolved");
        assertEquals("MALFORMED_XML", results.get("bad/unclosed.xml").rejectionReason().code());
        assertEquals("MALFORMED_XML", results.get("bad/cut-short.xml").rejectionReason().code());
    }

    @Test
    void aFileNamedLikeAnArticleThatHoldsAPageIsReadAsAPage(@TempDir Path inbox) throws IOException {
        Path page = inbox.resolve("20240311-01-01.txt");
        Files.copy(Path.of("src/demo/inbox/2024-03-11/qc-20240311-A01.txt"), page);

        ParseResult result = parser.parse(page);

        assertEquals(Layout.PAGE_TEXT, result.source().layout());
        assertEquals("青川日报", result.issue().publication());
    }

    @Test
    void xmlOfAnotherKindIsNoIssueFile() {
        ParseResult result = parser.parse("feed.xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8));

        assertEquals(IssueFileParser.NOT_AN_ISSUE_FILE, result.rejectionReason().code());
        assertTrue(result.rejectionReason().message().contains("<rss>"), result.rejectionReason().message());
    }

    @Test
    void anXmlDeclarationWithoutAReadableRootIsMalformedXml() {
        ParseResult result = parser.parse("cut.xml", "<?xml version=\"1.0\"?>\n<alto xmlns=\"".getBytes(StandardCharsets.UTF_8));

        assertEquals(ParseStatus.REJECTED, result.status());
        assertEquals(Layout.ALTO, result.source().layout());
        assertEquals("MALFORMED_XML", result.rejectionReason().code());
    }

    @Test
    void aFileTooLargeToReadHasNoLayout() {
        ParseResult result = new IssueFileParser(new ParserOptions(10)).parse("big.txt", new byte[11]);

        assertNull(result.source().layout());
        assertEquals(List.of(IssueFileParser.FILE_TOO_LARGE), result.findings().stream().map(f -> f.code()).toList());
    }

    private static Layout layout(Map<String, ParseResult> results, String file) {
        ParseResult result = results.get(file);
        assertTrue(result != null, "no result for " + file + " among " + results.keySet());
        return result.source().layout();
    }
}
