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

class ParserWarmUpTest {

    @Test
    void warmsUpOnEveryPageOfTheDemoDeliveryAsPackaged() throws Exception {
        Path inbox = Path.of("src/demo/inbox");
        List<String> demo;
        try (Stream<Path> files = Files.walk(inbox)) {
            demo = files.filter(Files::isRegularFile).map(file -> inbox.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertEquals(demo, ParserWarmUp.PAGES.stream().sorted().toList(), "the list follows src/demo/inbox");

        List<ParserWarmUp.Page> pages = ParserWarmUp.demoPages();

        assertEquals(ParserWarmUp.PAGES.size(), pages.size(), "every page is on the class path (pom.xml resources)");
        for (ParserWarmUp.Page page : pages) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(inbox.resolve(page.path())), page.content()), page.path());
        }
        IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
        long accepted = pages.stream().map(page -> parser.parse(page.path(), page.content()))
                .filter(reading -> !reading.rejected()).count();
        assertTrue(accepted >= pages.size() - 1, "real pages, not stubs: " + accepted + " of " + pages.size()
                + " parse (the demo holds one bad file)");
    }

    @Test
    void parsesExactlyTheCountAskedRoundAfterRound() {
        int[] calls = {0};
        java.util.function.Consumer<ParserWarmUp.Page> counting = page -> calls[0]++;
        List<ParserWarmUp.Page> two = ParserWarmUp.demoPages().subList(0, 2);

        assertEquals(5, ParserWarmUp.parse(counting, two, 5));
        assertEquals(5, calls[0]);
        assertEquals(0, ParserWarmUp.parse(counting, List.of(), 5), "nothing to parse ends at once");
        assertEquals(0, ParserWarmUp.parse(counting, two, 0));
        assertEquals(5, calls[0]);
    }
}
