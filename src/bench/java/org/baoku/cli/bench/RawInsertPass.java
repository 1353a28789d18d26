package org.baoku.cli.bench;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.baoku.archive.schema.ArchiveMigrations;
import org.baoku.issuefile.Article;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.GuideEntry;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;

/**
 * Pass 3: the rows the import job writes for these files (manifest entry, page, articles,
 * contributors and their links, guide entries, findings, import record), written without the server
 * into a fresh database migrated by the archive's own migrations, one commit per 50 files like the
 * job's chunks, in one of the {@link Method}s. Only the database work is timed; parsing happens between
 * the timed sections. Single connection: the limit of one writer without an ORM, a transaction manager
 * or a batch runtime.
 */
final class RawInsertPass implements AutoCloseable {

    /** How the rows reach the database. */
    enum Method {
        /** Prepared inserts, one JDBC batch per table and chunk (PostgreSQL: rewritten into multi-row inserts). */
        JDBC_BATCH("JDBC batch"),
        /** PostgreSQL only: one {@code COPY … FROM STDIN (FORMAT binary)} per table and chunk (pgJDBC's CopyManager). */
        COPY_BINARY("COPY BINARY");

        final String label;

        Method(String label) {
            this.label = label;
        }
    }

    /** The counts by table, the time spent writing them, and the size of the database it left. */
    record Result(Method method, Rate rows, Rate files, Map<String, Long> rowsByTable, long databaseBytes) {
    }

    private static final int CHUNK = 50;

    /**
     * The columns written, per table in an order that keeps every foreign key pointing backwards; the
     * constants the job writes (revision 1, one job instance and execution) are values like the others.
     */
    static final Map<String, List<String>> COLUMNS = columns(
            "publication", "id, title, publisher, sponsor, serial_number",
            "issue", "id, publication_id, issue_date, issue_number, page_count, weekday, lunar_date, president",
            "contributor", "id, name",
            "page", "id, issue_id, label, section, editor, source_path, sha256, encoding, size_bytes, status, "
                    + "imported_at, revision, superseded",
            "article", "id, page_id, order_on_page, column_name, kicker, headline, subtitle, byline_type, "
                    + "byline_agency, byline_place, byline_date, body, continued_to, continued_from, jump_key",
            "article_contributor", "id, article_id, contributor_id, position, role",
            "guide_entry", "id, page_id, position, title, subtitle, target_page",
            "finding", "id, page_id, issue_id, archive_level, article_id, severity, code, line_number, message",
            "manifest_entry", "id, job_instance_id, position, source_path, size_bytes, modified_at, sha256",
            "import_record", "id, job_instance_id, execution_id, manifest_position, source_path, sha256, outcome, "
                    + "reason, page_id, recorded_at");

    private final RowWriter writer;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, Long> publications = new HashMap<>();
    private final Map<String, Long> issues = new HashMap<>();
    private final Map<String, Long> contributors = new HashMap<>();
    private final Set<String> pagesHeld = new HashSet<>();
    /** What a directory's pages print of publication and date, for inner pages that print neither. */
    private final Map<Path, IssueMasthead> issueOfDirectory = new HashMap<>();
    private long nextId = 1;

    private RawInsertPass(RowWriter writer) {
        this.writer = writer;
        ArchiveSchema.TABLES.forEach(table -> rows.put(table, 0L));
    }

    /** Migrates {@code database} (fresh and empty) to the archive schema, then writes the files' rows into it. */
    static Result run(List<Path> files, JdbcTarget database, Method method, BenchDatabase kind) throws Exception {
        migrate(database);
        Result result;
        try (RawInsertPass pass = new RawInsertPass(RowWriter.open(database, method))) {
            result = pass.insertAll(files, method);
        }
        return new Result(method, result.rows(), result.files(), result.rowsByTable(), kind.sizeBytes(database));
    }

    /** Held so that the level sticks: Flyway logs each migration at INFO, noise among the bench's figures. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    /** The archive schema as the server's migrations create it: indexes and keys are part of an insert's cost. */
    private static void migrate(JdbcTarget database) {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        ArchiveMigrations.configure(database.url(), database.user(), database.password()).load().migrate();
    }

    private static Map<String, List<String>> columns(String... tableAndColumns) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (int i = 0; i < tableAndColumns.length; i += 2) {
            columns.put(tableAndColumns[i], List.of(tableAndColumns[i + 1].split(",\\s*")));
        }
        return java.util.Collections.unmodifiableMap(columns);
    }

    private Result insertAll(List<Path> files, Method method) throws Exception {
        IssueFileParser parser = new IssueFileParser(ParserOptions.defaults());
        long writingNanos = 0;
        for (int from = 0; from < files.size(); from += CHUNK) {
            List<Path> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
            List<ParseResult> readings = new ArrayList<>(chunk.size());
            for (Path file : chunk) {
                readings.add(parser.parse(file));
            }
            long started = System.nanoTime();
            for (int i = 0; i < chunk.size(); i++) {
                store(from + i, chunk.get(i), readings.get(i));
            }
            writer.endChunk();
            writingNanos += System.nanoTime() - started;
        }
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        double seconds = writingNanos / 1e9;
        return new Result(method, new Rate(total, seconds), new Rate(files.size(), seconds), rows, 0);
    }

    private void store(long position, Path file, ParseResult reading) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String path = file.toString();
        String sha256 = reading.source().sha256();
        add("manifest_entry", id(), 1L, position, path, reading.source().bytes(), now, sha256);
        if (reading.rejected()) {
            Finding reason = reading.rejectionReason();
            add("import_record", id(), 1L, 1L, position, path, sha256, "REJECTED",
                    reason == null ? "REJECTED" : reason.code() + ": " + reason.message(), null, now);
            return;
        }
        Long issueId = issue(file.getParent(), reading.issue());
        String label = reading.page().label();
        if (issueId == null || label != null && !pagesHeld.add(issueId + "/" + label)) {
            add("import_record", id(), 1L, 1L, position, path, sha256, "REJECTED",
                    issueId == null ? "UNKNOWN_ISSUE" : "DUPLICATE_PAGE", null, now);
            return;
        }
        long pageId = id();
        add("page", pageId, issueId, label, reading.page().section(), reading.page().editor(), path, sha256,
                reading.source().encoding(), reading.source().bytes(), reading.status().name(), now, 1, false);
        List<Long> articleIds = new ArrayList<>();
        for (Article article : reading.articles()) {
            long articleId = id();
            articleIds.add(articleId);
            var byline = article.byline();
            add("article", articleId, pageId, articleIds.size(), article.column(), article.kicker(), article.headline(),
                    article.subtitle(), byline == null ? null : byline.type().name(),
                    byline == null ? null : byline.agency(), byline == null ? null : byline.place(),
                    byline == null ? null : byline.date(), String.join("\n\n", article.paragraphs()),
                    article.continuedTo(), article.continuedFrom(), article.jumpKey());
            if (byline != null) {
                int order = 0;
                for (String reporter : byline.reporters()) {
                    add("article_contributor", id(), articleId, contributor(reporter), order++, "REPORTER");
                }
            }
        }
        int order = 0;
        for (GuideEntry entry : reading.guide()) {
            add("guide_entry", id(), pageId, ++order, entry.title(), entry.subtitle(), entry.page());
        }
        for (Finding finding : reading.findings()) {
            Integer index = finding.article();
            Long articleId = index != null && index >= 0 && index < articleIds.size() ? articleIds.get(index) : null;
            add("finding", id(), pageId, null, false, articleId, finding.severity().name(), finding.code(), finding.line(),
                    finding.message());
        }
        add("import_record", id(), 1L, 1L, position, path, sha256,
                reading.status() == ParseStatus.ACCEPTED ? "IMPORTED" : "IMPORTED_WITH_WARNINGS", null, pageId, now);
    }

    /** The issue of a page, created on first sight; an inner page borrows its directory's front page facts. */
    private Long issue(Path directory, IssueMasthead printed) throws SQLException {
        IssueMasthead known = issueOfDirectory.get(directory);
        String title = printed.publication() != null ? printed.publication() : known == null ? null : known.publication();
        var date = printed.date() != null ? printed.date() : known == null ? null : known.date();
        if (title == null || date == null) {
            return null;
        }
        if (printed.publication() != null && printed.date() != null) {
            issueOfDirectory.putIfAbsent(directory, printed);
        }
        Long publicationId = publications.get(title);
        if (publicationId == null) {
            publicationId = id();
            publications.put(title, publicationId);
            add("publication", publicationId, title, printed.publisher(), printed.sponsor(), printed.serialNumber());
        }
        String key = publicationId + "/" + date;
        Long issueId = issues.get(key);
        if (issueId == null) {
            issueId = id();
            issues.put(key, issueId);
            add("issue", issueId, publicationId, Date.valueOf(date), printed.issueNumber(), printed.pageCount(),
                    printed.weekday(), printed.lunarDate(), printed.president());
        }
        return issueId;
    }

    private long contributor(String name) throws SQLException {
        Long known = contributors.get(name);
        if (known != null) {
            return known;
        }
        long id = id();
        contributors.put(name, id);
        add("contributor", id, name);
        return id;
    }

    private void add(String table, Object... values) throws SQLException {
        writer.add(table, values);
        rows.merge(table, 1L, Long::sum);
    }

    private long id() {
        return nextId++;
    }

    @Override
    public void close() throws SQLException {
        writer.close();
    }
}
