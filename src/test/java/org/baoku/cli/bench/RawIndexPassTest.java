package org.baoku.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.baoku.archive.ArticleSearchFields;
import org.baoku.corpus.CorpusGenerator;
import org.baoku.corpus.CorpusSpec;
import org.baoku.issuefile.Article;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;
import org.baoku.search.analysis.CharacterBigramAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw index pass writes one document per article of the accepted files, searchable as the archive's. */
class RawIndexPassTest {

    @TempDir
    Path temp;

    @Test
    void indexesEveryArticleOfTheAcceptedFilesWithTheArchiveAnalyzer() throws Exception {
        new CorpusGenerator(CorpusSpec.of(3, 4, 1, 3, 0.2)).writeTo(temp.resolve("corpus"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(temp.resolve("corpus"))) {
            files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
        long articles = 0;
        Article someArticle = null;
        for (Path file : files) {
            ParseResult reading = parser.parse(file);
            if (!reading.rejected()) {
                articles += reading.articles().size();
                someArticle = reading.articles().stream().filter(a -> a.headline() != null
                        && CharacterBigramAnalyzer.searchable(a.headline()).length() >= 2).findFirst().orElse(someArticle);
            }
        }
        assertTrue(articles > 0 && someArticle != null, "the corpus has articles with headlines");

        Rate rate = RawIndexPass.run(files, temp, 2);

        assertEquals(files.size(), rate.count());
        assertTrue(rate.seconds() > 0);
        try (FSDirectory directory = FSDirectory.open(temp.resolve("raw-index-" + files.size()));
             DirectoryReader index = DirectoryReader.open(directory)) {
            assertEquals(articles, index.numDocs(), "one document per article");
            String bigram = CharacterBigramAnalyzer.searchable(someArticle.headline()).substring(0, 2);
            assertTrue(new IndexSearcher(index).count(new TermQuery(new Term(ArticleSearchFields.HEADLINE, bigram))) > 0,
                    "the headline's first bigram " + bigram + " is a term of the headline field");
        }
    }
}
