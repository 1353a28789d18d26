package org.baoku.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.IssueMasthead;

class IndexWarmUpTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path temp;

    @Test
    void writesExactlyTheCountAskedOverRoundsOfTheDocuments() throws Exception {
        Article article = new Article(null, null, "春耕生产全面展开", null, null,
                List.of("本报讯 各地农民抓住有利时机，开展春耕生产。"), null, null, null);
        IssueMasthead issue = new IssueMasthead("青城日报", null, null, java.time.LocalDate.of(1950, 3, 11), null,
                null, null, null, null, null);
        List<Document> three = List.of(ArticleDocuments.of(1, 1, issue, "A01", article),
                ArticleDocuments.of(2, 1, issue, "A01", article), ArticleDocuments.of(3, 1, issue, "A01", article));

        assertEquals(IndexWarmUp.ROUND + 7, IndexWarmUp.write(three, IndexWarmUp.ROUND + 7, temp), "a round and a part");
        assertEquals(0, IndexWarmUp.write(three, 0, temp));
        assertEquals(0, IndexWarmUp.write(List.of(), 5, temp), "nothing to write ends at once");
        try (var left = java.nio.file.Files.list(temp)) {
            assertEquals(0, left.count(), "every warm-up index is deleted");
        }
    }
}
