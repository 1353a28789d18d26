package org.baoku.archive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What one chunk has already looked up or written, so that a file asks the database only for what the
 * chunk does not know yet: one query per chunk for the current pages of its files, one per issue for
 * the pages the issue has. The writer flushes once per chunk, so rows written earlier in the chunk are
 * visible to later files only through here.
 */
public final class ChunkRows {

    private final Map<String, Page> currentPagesByPath;
    private final Map<Long, Map<String, Page>> currentPagesByIssue = new HashMap<>();
    private final Map<String, Publication> publications = new HashMap<>();
    private final Map<String, Issue> issues = new HashMap<>();
    private final Map<String, Contributor> contributors = new HashMap<>();
    private final Map<String, Issue> issuesByDirectory = new HashMap<>();
    private final Map<String, String> claimedPages = new HashMap<>();
    private final Map<String, Page> assembledPages = new HashMap<>();
    private final Map<String, ArticleEntity> currentArticles = new HashMap<>();
    private final ChunkInserts inserts = new ChunkInserts();
    private final List<Page> supersededPages = new ArrayList<>();
    private final List<ArticleEntity> supersededArticles = new ArrayList<>();

    private final KnownContributors knownContributors;

    /**
     * @param currentPagesByPath the current revision of every page read from one of the chunk's paths
     * @param knownContributors  contributors found by earlier chunks of the same partition
     */
    ChunkRows(Map<String, Page> currentPagesByPath, KnownContributors knownContributors) {
        this.currentPagesByPath = currentPagesByPath;
        this.knownContributors = knownContributors;
    }

    Publication publication(String title, Function<String, Publication> find) {
        return publications.computeIfAbsent(title, find);
    }

    Issue issue(Publication publication, LocalDate date, BiFunction<Publication, LocalDate, Issue> find) {
        return issues.computeIfAbsent(issueKey(publication, date), key -> find.apply(publication, date));
    }

    /** Remembers an issue looked up ahead for the whole chunk. */
    void knowIssue(Issue issue) {
        issues.put(issueKey(issue.getPublication(), issue.getDate()), issue);
    }

    /** The contributor by name: as an earlier chunk of the partition found it, else through {@code find}. */
    Contributor contributor(String name, Function<String, Contributor> find) {
        return contributors.computeIfAbsent(name, key -> {
            Contributor known = knownContributors.get(key);
            if (known != null) {
                return known;
            }
            Contributor found = find.apply(key);
            knownContributors.remember(key, found);
            return found;
        });
    }

    /** The current page read from {@code sourcePath} before this chunk, if any. */
    Page currentPageFrom(String sourcePath) {
        return currentPagesByPath.get(sourcePath);
    }

    /** The current page labelled {@code label} of {@code issue} before this chunk, if any. */
    Page currentPageAt(Issue issue, String label, Function<Issue, Map<String, Page>> find) {
        return label == null ? null : currentPagesByIssue.computeIfAbsent(issue.getId(), id -> find.apply(issue)).get(label);
    }

    /** The issue of a page stored in this chunk from the same directory and date, if any. */
    Issue issueOfDirectory(String sourcePath, LocalDate date) {
        return issuesByDirectory.get(directoryKey(sourcePath, date));
    }

    /**
     * Records a stored page; when another file of this chunk already claimed the page, the path of that
     * file (and nothing is recorded), else {@code null}.
     */
    String claim(Issue issue, String label, String sourcePath) {
        issuesByDirectory.putIfAbsent(directoryKey(sourcePath, issue.getDate()), issue);
        return label == null ? null : claimedPages.putIfAbsent(issue.getId() + "/" + label, sourcePath);
    }

    /**
     * The page of {@code issue} labelled {@code label} that article files are assembled into, found or
     * created once per chunk; {@code null} when a page read from a file of its own holds that place.
     */
    Page assembledPage(Issue issue, String label, BiFunction<Issue, String, Page> findOrCreate) {
        return assembledPages.computeIfAbsent(issue.getId() + "/" + label, key -> findOrCreate.apply(issue, label));
    }

    /** The current article numbered {@code number} on an assembled page, from the database or this chunk. */
    ArticleEntity currentArticle(Page page, int number, BiFunction<Page, Integer, ArticleEntity> find) {
        String key = page.getId() + "#" + number;
        return currentArticles.containsKey(key) ? currentArticles.get(key) : find.apply(page, number);
    }

    /** Makes {@code article} the current one of its number on its page for the rest of the chunk. */
    void storedArticle(Page page, int number, ArticleEntity article) {
        currentArticles.put(page.getId() + "#" + number, article);
    }

    /** Remembers a page of an earlier chunk that a new revision replaced in this one. */
    void superseded(Page previous) {
        supersededPages.add(previous);
    }

    /** Remembers an article (of an article file) that a new revision replaced in this one. */
    void superseded(ArticleEntity previous) {
        supersededArticles.add(previous);
    }

    /** What the chunk changed among the articles the search index holds; complete once the chunk is. */
    public ArticleChanges articleChanges() {
        return new ArticleChanges(
                inserts.articles().stream().filter(ArticleEntity::isCurrent).toList(),
                supersededPages.stream().map(Page::getId).toList(),
                // an article both stored and replaced in this chunk was never indexed
                supersededArticles.stream().map(ArticleEntity::getId).filter(Objects::nonNull).toList());
    }

    /** Manifest positions of the chunk's files imported as a page or an article of one: what the run's index pass would read. */
    public long[] importedPagePositions() {
        return inserts.records().stream().filter(ImportRecord::importedIntoPage)
                .mapToLong(ImportRecord::getManifestPosition).toArray();
    }

    /** The new rows of this chunk. */
    ChunkInserts inserts() {
        return inserts;
    }

    private static String issueKey(Publication publication, LocalDate date) {
        return publication.getId() + "@" + date;
    }

    private static String directoryKey(String sourcePath, LocalDate date) {
        return Path.of(sourcePath).getParent() + "@" + date;
    }
}
