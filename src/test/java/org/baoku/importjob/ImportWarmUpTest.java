package org.baoku.importjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;
import org.junit.jupiter.api.Test;

class ImportWarmUpTest {

    @Test
    void warmsUpOnEveryPageOfTheDemoDeliveryAsPackaged() throws Exception {
        Path inbox = Path.of("src/demo/inbox");
        List<String> demo;
        try (Stream<Path> files = Files.walk(inbox)) {
            demo = files.filter(Files::isRegularFile).map(file -> inbox.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertEquals(demo, ImportWarmUp.PAGES.stream().sorted().toList(), "the list follows src/demo/inbox");

        List<ImportWarmUp.Page> pages = ImportWarmUp.demoPages();

        assertEquals(ImportWarmUp.PAGES.size(), pages.size(), "every page is on the class path (pom.xml resources)");
        for (ImportWarmUp.Page page : pages) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(inbox.resolve(page.path())), page.content()), page.path());
        }
        IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
        long accepted = pages.stream().map(page -> parser.parse(page.path(), page.content()))
                .filter(reading -> !reading.rejected()).count();
        assertTrue(accepted >= pages.size() - 1, "real pages, not stubs: " + accepted + " of " + pages.size()
                + " parse (the demo holds one bad file)");
    }

    @Test
    void buildsADocumentPerArticleOfTheAcceptedPagesWithTheirIssuesDate() {
        IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
        List<ImportWarmUp.Page> pages = ImportWarmUp.demoPages();
        long articles = pages.stream().map(page -> parser.parse(page.path(), page.content()))
                .filter(reading -> !reading.rejected()).mapToLong(reading -> reading.articles().size()).sum();

        List<org.apache.lucene.document.Document> documents = ImportWarmUp.documents(pages, parser);

        assertEquals(articles, documents.size());
        assertTrue(articles > pages.size(), "several articles a page: " + articles);
        long dated = documents.stream()
                .filter(document -> document.getField(org.baoku.archive.ArticleSearchFields.DATE) != null).count();
        assertEquals(documents.size(), dated, "inner pages take their front page's date");
    }

    @Test
    void parsesExactlyTheCountAskedRoundAfterRound() {
        int[] calls = {0};
        java.util.function.Consumer<ImportWarmUp.Page> counting = page -> calls[0]++;
        List<ImportWarmUp.Page> two = ImportWarmUp.demoPages().subList(0, 2);

        assertEquals(5, ImportWarmUp.parse(counting, two, 5, () -> false));
        assertEquals(5, calls[0]);
        assertEquals(0, ImportWarmUp.parse(counting, List.of(), 5, () -> false), "nothing to parse ends at once");
        assertEquals(0, ImportWarmUp.parse(counting, two, 0, () -> false));
        assertEquals(5, calls[0]);
    }

    @Test
    void stopsParsingOnceTheDeploymentGoesAway() {
        int[] calls = {0};
        List<ImportWarmUp.Page> two = ImportWarmUp.demoPages().subList(0, 2);

        assertEquals(3, ImportWarmUp.parse(page -> calls[0]++, two, 3000, () -> calls[0] >= 3));
        assertEquals(3, calls[0], "no parse after the stop");
    }

    @Test
    void rehearsesWholeChunksOfTheReadingsUntilTheCountThenStops() {
        IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
        List<org.baoku.archive.WriteRehearsal.File> files = ImportWarmUp.readings(ImportWarmUp.demoPages(), parser);
        assertEquals(ImportWarmUp.PAGES, files.stream().map(org.baoku.archive.WriteRehearsal.File::path).toList(),
                "every demo page, in the delivery's order (front pages before their inner pages)");
        List<List<org.baoku.archive.WriteRehearsal.File>> chunks = new java.util.ArrayList<>();

        assertEquals(3 * files.size(), ImportWarmUp.rehearseWrites(chunks::add, files, 2 * files.size() + 1, () -> false));
        assertEquals(3, chunks.size(), "whole chunks, until the count is reached");
        assertTrue(chunks.stream().allMatch(files::equals));
        assertEquals(0, ImportWarmUp.rehearseWrites(chunks::add, List.of(), 100, () -> false), "nothing to write ends at once");
        assertEquals(0, ImportWarmUp.rehearseWrites(chunks::add, files, 0, () -> false));
        assertEquals(3, chunks.size());

        chunks.clear();
        assertEquals(2 * files.size(), ImportWarmUp.rehearseWrites(chunks::add, files, 6000, () -> chunks.size() >= 2));
        assertEquals(2, chunks.size(), "no chunk after the stop");
    }

    @Test
    void checksTheLunarDatesOfTheDaysAskedUnlessStopped() {
        assertEquals(40, ImportWarmUp.checkLunarDates(40, () -> false));
        int[] polls = {0};
        assertEquals(7, ImportWarmUp.checkLunarDates(1000, () -> ++polls[0] > 7));
    }
}
