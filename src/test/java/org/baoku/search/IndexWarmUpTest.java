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

        assertEquals(IndexWarmUp.ROUND + 7, IndexWarmUp.write(three, IndexWarmUp.ROUND + 7, temp, () -> false), "a round and a part");
        assertEquals(0, IndexWarmUp.write(three, 0, temp, () -> false));
        assertEquals(0, IndexWarmUp.write(List.of(), 5, temp, () -> false), "nothing to write ends at once");
        int[] asked = {0};
        assertEquals(IndexWarmUp.ROUND, IndexWarmUp.write(three, 5 * IndexWarmUp.ROUND, temp, () -> asked[0]++ > 0),
                "stopped after the round in which the deployment went away");
        try (var left = java.nio.file.Files.list(temp)) {
            assertEquals(0, left.count(), "every warm-up index is deleted");
        }
    }
}
