package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.baoku.archive.ArticleChanges;
import org.baoku.archive.ArticleEntity;
import org.baoku.archive.WriteRehearsal;
import org.baoku.importjob.ImportWarmUp;
import org.baoku.search.ArticleIndexer;
import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, on its real database: the import's warm-up writes the demo pages through the archive's
 * write path — a manifest, pages, articles, reporters, guide entries, findings, import records, and the
 * publication and issues they need — and leaves not one row behind.
 */
@ExtendWith(ArquillianExtension.class)
class WriteRehearsalIT {

    private static final List<String> TABLES = List.of("publication", "issue", "page", "article", "contributor",
            "article_contributor", "guide_entry", "finding", "manifest_entry", "import_record");

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.builtWar().addClasses(WriteRehearsalIT.class);
    }

    @Inject
    WriteRehearsal rehearsal;

    @Inject
    ArticleIndexer indexer;

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void writesTheDemoPagesAsAChunkWouldAndLeavesNothingBehind() throws Exception {
        List<WriteRehearsal.File> files = demoReadings();
        Map<String, Long> before = rowCounts();
        long indexedBefore = indexedArticles();
        List<ArticleChanges> handed = new ArrayList<>();

        // as the warm-up has it: the chunk's search documents built from its changes
        int rows = rehearsal.writeAndRollBack(files, changes -> {
            handed.add(changes);
            indexer.buildDocuments(changes);
        });

        long accepted = files.stream().filter(file -> !file.reading().rejected()).count();
        long articles = files.stream().filter(file -> !file.reading().rejected())
                .mapToLong(file -> file.reading().articles().size()).sum();
        assertTrue(articles > files.size(), "the demo pages hold several articles each: " + articles);
        assertTrue(rows >= files.size() + accepted + articles,
                "an import record per file, a page per accepted file and a row per article at least: " + rows);
        assertEquals(1, handed.size(), "the chunk's article changes, once");
        List<ArticleEntity> added = handed.get(0).added();
        assertEquals(articles, added.size(), "every article, for its search document");
        assertTrue(added.stream().allMatch(article -> article.getId() != null), "inserted, so they have their ids");
        assertEquals(before, rowCounts(), "rolled back: not one row of it in the archive");
        assertEquals(indexedBefore, indexedArticles(), "its documents built, none handed to the index");
    }

    @Test
    void rehearsalsOfTheSamePagesNeverMeetEachOthersRows() throws Exception {
        List<WriteRehearsal.File> files = demoReadings();
        Map<String, Long> before = rowCounts();

        // the same pages twice: the second finds none of the first's publication, issues, reporters or pages
        // (rolled back, and under names of its own), so it writes as many rows again, all new
        int first = rehearsal.writeAndRollBack(files, changes -> { });
        int second = rehearsal.writeAndRollBack(files, changes -> { });

        assertEquals(first, second);
        assertEquals(before, rowCounts());
        transaction.begin();
        try {
            assertEquals(0L, em.createQuery("select count(p) from Publication p where p.title like 'warm-up %'",
                    Long.class).getSingleResult(), "no rehearsal's publication stays");
        } finally {
            transaction.commit();
        }
    }

    /** The demo delivery's pages as the deployment packages them for the warm-up, read. */
    private static List<WriteRehearsal.File> demoReadings() throws Exception {
        IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
        List<WriteRehearsal.File> files = new ArrayList<>();
        for (String page : ImportWarmUp.PAGES) {
            try (InputStream in = WriteRehearsalIT.class.getClassLoader().getResourceAsStream(ImportWarmUp.FOLDER + page)) {
                assertNotNull(in, page);
                files.add(new WriteRehearsal.File(page, parser.parse(page, in.readAllBytes())));
            }
        }
        return files;
    }

    private long indexedArticles() throws Exception {
        transaction.begin();
        try {
            SearchSession search = Search.session(em);
            search.workspace(ArticleEntity.class).refresh();
            return search.search(ArticleEntity.class).where(f -> f.matchAll()).fetchTotalHitCount();
        } finally {
            transaction.commit();
        }
    }

    private Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        transaction.begin();
        try {
            for (String table : TABLES) {
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                        .longValue());
            }
        } finally {
            transaction.commit();
        }
        return counts;
    }
}
