package org.baoku.archive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one chunk has already looked up or written, so that a file asks the database only for what the
 * chunk does not know yet. The writer flushes once per chunk, so rows written earlier in the chunk are
 * visible to later files only through here.
 */
public final class ChunkRows {

    private final Map<String, Publication> publications = new HashMap<>();
    private final Map<String, Issue> issues = new HashMap<>();
    private final Map<String, Contributor> contributors = new HashMap<>();
    private final Map<String, Issue> issuesByDirectory = new HashMap<>();
    private final Set<String> claimedPages = new HashSet<>();

    Publication publication(String title, java.util.function.Function<String, Publication> find) {
        return publications.computeIfAbsent(title, find);
    }

    Issue issue(Publication publication, LocalDate date, java.util.function.BiFunction<Publication, LocalDate, Issue> find) {
        return issues.computeIfAbsent(publication.getId() + "@" + date, key -> find.apply(publication, date));
    }

    Contributor contributor(String name, java.util.function.Function<String, Contributor> find) {
        return contributors.computeIfAbsent(name, find);
    }

    /** The issue of a page stored in this chunk from the same directory and date, if any. */
    Issue issueOfDirectory(String sourcePath, LocalDate date) {
        return issuesByDirectory.get(directoryKey(sourcePath, date));
    }

    /** Records a stored page; {@code false} when another file of this chunk already claimed the page. */
    boolean claim(Issue issue, String label, String sourcePath) {
        issuesByDirectory.putIfAbsent(directoryKey(sourcePath, issue.getDate()), issue);
        return label == null || claimedPages.add(issue.getId() + "/" + label);
    }

    private static String directoryKey(String sourcePath, LocalDate date) {
        return Path.of(sourcePath).getParent() + "@" + date;
    }
}
