package org.baoku.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.parse.IssueFileParser;

class ColumnLimitsTest {

    private static final Path INNER_PAGE = Path.of("src/demo/inbox/2024-03-12/qc-20240312-A02.txt");

    private final IssueFileParser parser = new IssueFileParser();

    @Test
    void aPageThatFitsTheColumnsPasses() throws Exception {
        ParseResult reading = parser.parse(INNER_PAGE);
        assertNull(ColumnLimits.misfit(reading));
    }

    @Test
    void aHeadlineLongerThanItsColumnIsNamedWithItsLength() throws Exception {
        String page = Files.readString(INNER_PAGE, StandardCharsets.UTF_8)
                .replace("# 我市启动2024年春季招聘月活动", "# " + "长".repeat(700));
        ParseResult reading = parser.parse("long.txt", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(700, reading.articles().stream().mapToInt(a -> a.headline() == null ? 0 : a.headline().length())
                .max().orElseThrow(), "the parser keeps the whole line as the headline");

        String misfit = ColumnLimits.misfit(reading);

        assertNotNull(misfit);
        assertTrue(misfit.startsWith("FIELD_TOO_LONG: the article "), misfit);
        assertTrue(misfit.contains("headline has 700 characters, the archive holds 500"), misfit);
    }
}
