package org.baoku.issuefile.parse.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.Layout;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Severity;
import org.baoku.issuefile.TextRegion.Box;
import org.junit.jupiter.api.Test;

class AltoPageParserTest {

    private final AltoPageParser parser = new AltoPageParser(new NearbyMets());

    private ParseResult parse(Path alto) {
        byte[] content = Deliveries.bytes(alto);
        return parser.parse(Deliveries.source(alto, content, Layout.ALTO), content);
    }

    private static List<String> codes(ParseResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    @Test
    void anNdnpPageIsPlacedInItsIssueAndReadBlockByBlock() {
        ParseResult result = parse(Deliveries.ISSUE_1.resolve("0001.xml"));
        assertEquals(ParseStatus.ACCEPTED, result.status(), result.findings().toString());
        assertEquals(new IssueMasthead(null, null, null, LocalDate.of(1901, 1, 1), null, null, 1, 2, "sn99000001", null,
                "3", "Morning edition"), result.issue());
        assertEquals("1", result.page().label());
        assertEquals(List.of("NO_ARTICLE_STRUCTURE"), codes(result));
        assertEquals(Severity.INFO, result.findings().get(0).severity());

        List<Article> units = result.articles();
        assertEquals(4, units.size());
        assertEquals(List.of("HARBOUR BRIDGE OPENED"), units.get(0).paragraphs());
        assertTrue(units.get(1).paragraphs().get(0).startsWith("The new bridge across the harbour was opened"));
        // the composed block (an advertisement) is one unit of two blocks
        assertEquals(List.of("FINE HATS", "at Miller & Sons, Main Street."), units.get(2).paragraphs());
        assertEquals(2, units.get(2).regions().size());
        assertEquals(List.of("WEATHER. Fair and colder tonight."), units.get(3).paragraphs());
        assertTrue(units.stream().allMatch(article -> article.headline() == null && article.number() == null));
        assertEquals(new Box(600, 2000, 8000, 1700), units.get(1).regions().get(0).block());
        assertEquals(4, units.get(1).regions().get(0).lines().size());
        assertEquals(Layout.ALTO, result.source().layout());
    }

    @Test
    void aEuropeanaPageGivesTheMetsArticlesWithHeadlinesAndTheRestAsUnits() {
        ParseResult result = parse(Deliveries.EUROPEANA.resolve("alto/00001.xml"));
        assertEquals(ParseStatus.ACCEPTED, result.status(), result.findings().toString());
        assertEquals("The Sample Courier", result.issue().publication());
        assertEquals(LocalDate.of(1925, 3, 14), result.issue().date());
        assertEquals(61, result.issue().issueNumber());
        assertEquals("12", result.issue().volume());
        assertEquals("Evening edition", result.issue().edition());
        assertEquals(2, result.issue().pageCount());
        assertEquals("[1]", result.page().label());

        List<Article> articles = result.articles();
        assertEquals(3, articles.size());
        Article council = articles.get(0);
        assertEquals("COUNCIL APPROVES MARKET HALL", council.headline());
        assertEquals(List.of("The town council voted last night to build a covered market hall",
                "on the old parade ground, at a cost the treasurer put at four thousand pounds."), council.paragraphs());
        assertEquals(3, council.regions().size());
        // no title div: the label is the headline
        assertEquals("Shipping news", articles.get(1).headline());
        assertEquals(List.of("The steamer Alder arrived from the coast with timber and salt."), articles.get(1).paragraphs());
        assertNull(articles.get(2).headline());
        assertEquals(List.of("Printed and published by the Courier Press."), articles.get(2).paragraphs());
        assertEquals(List.of("BLOCKS_OUTSIDE_ARTICLES"), codes(result));
    }

    @Test
    void aContinuedArticleKeepsItsLabelOnTheNextPageAndAMissingBlockIsAWarning() {
        ParseResult result = parse(Deliveries.EUROPEANA.resolve("alto/00002.xml"));
        assertEquals(ParseStatus.ACCEPTED_WITH_WARNINGS, result.status());
        assertEquals("2", result.page().label());
        assertEquals(List.of("Council approves market hall", "LETTERS TO THE EDITOR"),
                result.articles().stream().map(Article::headline).toList());
        assertEquals(List.of("Work is to begin in May."), result.articles().get(0).paragraphs());
        Finding missing = result.findings().get(0);
        assertEquals("ARTICLE_BLOCK_MISSING", missing.code());
        assertEquals(Severity.WARNING, missing.severity());
        assertEquals(1, missing.article());
        assertTrue(missing.message().contains("TB99"), missing.message());
    }

    @Test
    void lowConfidenceIsAWarningNamingTheFigure() {
        ParseResult result = parse(Deliveries.ISSUE_2.resolve("0002.xml"));
        assertEquals(ParseStatus.ACCEPTED_WITH_WARNINGS, result.status());
        Finding low = result.findings().stream().filter(f -> f.code().equals("LOW_OCR_CONFIDENCE")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, low.severity());
        assertEquals("mean word confidence 0.43 over 20 words, below 0.60", low.message());
        assertEquals(List.of("米价又涨", "市上米价连日上涨，贫户多有怨言。"),
                result.articles().stream().flatMap(article -> article.paragraphs().stream()).toList());

        AltoPageParser lenient = new AltoPageParser(new NearbyMets(), new AltoParserOptions(0.4, XmlLimits.DEFAULT));
        byte[] content = Deliveries.bytes(Deliveries.ISSUE_2.resolve("0002.xml"));
        assertEquals(ParseStatus.ACCEPTED, lenient.parse(Deliveries.source(Deliveries.ISSUE_2.resolve("0002.xml"), content,
                Layout.ALTO), content).status());
    }

    @Test
    void anAltoNoMetsNamesIsRejectedSayingWhereItLooked() {
        Path stray = Deliveries.ROOT.resolve("orphan/stray-0001.xml");
        ParseResult result = parse(stray);
        assertEquals(ParseStatus.REJECTED, result.status());
        assertEquals("ALTO_WITHOUT_METS", result.rejectionReason().code());
        assertTrue(result.rejectionReason().message().contains(stray.getParent().toString()));
        assertEquals(IssueMasthead.UNKNOWN, result.issue());
        assertEquals(List.of(), result.articles());
    }

    @Test
    void anAltoWithoutTextIsRejectedAsEmpty() {
        byte[] content = "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\"><Layout><Page><PrintSpace><TextBlock ID=\"B\"><TextLine/></TextBlock></PrintSpace></Page></Layout></alto>"
                .getBytes();
        ParseResult result = parser.parse(Deliveries.source(Deliveries.ISSUE_1.resolve("0001.xml"), content, Layout.ALTO), content);
        assertEquals(ParseStatus.REJECTED, result.status());
        assertEquals("EMPTY_FILE", result.rejectionReason().code());
    }

    @Test
    void aLookupThatFailsIsAParserFailureNotAnException() {
        AltoPageParser broken = new AltoPageParser(new MetsLookup() {
            @Override
            public java.util.Optional<MetsMatch> find(Path altoFile) {
                throw new IllegalStateException("lookup bug");
            }

            @Override
            public String whereLooked(Path altoFile) {
                return "nowhere";
            }
        });
        byte[] content = Deliveries.bytes(Deliveries.ISSUE_1.resolve("0001.xml"));
        ParseResult result = broken.parse(Deliveries.source(Deliveries.ISSUE_1.resolve("0001.xml"), content, null), content);
        assertEquals("PARSER_FAILURE", result.rejectionReason().code());
        assertEquals(Layout.ALTO, result.source().layout());
    }
}
