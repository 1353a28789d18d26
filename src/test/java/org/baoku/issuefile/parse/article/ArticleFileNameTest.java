package org.baoku.issuefile.parse.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleFileNameTest {

    @Test
    void dateThenPageThenNumberOnThePage() {
        ArticleFileName name = ArticleFileName.parse("20240120-04-03.txt").orElseThrow();
        assertEquals(LocalDate.of(2024, 1, 20), name.date());
        assertEquals(4, name.page());
        assertEquals(3, name.number());
        assertEquals("04", name.pageLabel());
    }

    @Test
    void dashedDatesThreeDigitNumbersAndUpperCaseExtensionsAreRead() {
        ArticleFileName name = ArticleFileName.parse("2024-02-29-12-105.TXT").orElseThrow();
        assertEquals(LocalDate.of(2024, 2, 29), name.date());
        assertEquals(12, name.page());
        assertEquals(105, name.number());
        assertEquals("12", name.pageLabel());
        assertEquals("05", ArticleFileName.parse("20240120-5-1.txt").orElseThrow().pageLabel());
    }

    @Test
    void onlyTheFileNameCountsNotItsFolders() {
        ArticleFileName name = ArticleFileName.of(Path.of("inbox/2024/01/20/20240120-01-02.txt")).orElseThrow();
        assertEquals(LocalDate.of(2024, 1, 20), name.date());
        assertTrue(ArticleFileName.of(Path.of("20240120-01-02.txt/readme.md")).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"20240230-01-01.txt", "20241301-01-01.txt", "20240120-00-01.txt", "20240120-01-00.txt",
            "20240120-1000-01.txt", "20240120-01-01.md", "2024-0120-01-01.txt", "qc-20240311-A01.txt",
            "20240120-01-01.txt.bak", "20240120_01_01.txt", ""})
    void namesThatAreNoArticleFileOrNoRealDateAreRefused(String name) {
        assertTrue(ArticleFileName.parse(name).isEmpty(), name);
    }
}
