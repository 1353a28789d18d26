package org.baoku.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
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
 * contributors and their links, guide entries, findings, import record), written with plain JDBC
 * batches into a fresh H2 file database, one commit per 50 files like the job's chunks. Only the
 * database work is timed; parsing happens between the timed sections. Single connection: the limit
 * of one writer without an ORM, a transaction manager or a batch runtime.
 */
final class RawInsertPass implements AutoCloseable {

    /** The counts by table, the time spent writing them, and the database file it left. */
    record Result(Rate rows, Rate files, Map<String, Long> rowsByTable, long databaseBytes) {
    }

    private static final int CHUNK = 50;

    private final Connection db;
    private final Map<String, PreparedStatement> insert = new LinkedHashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, Long> publications = new HashMap<>();
    private final Map<String, Long> issues = new HashMap<>();
    private final Map<String, Long> contributors = new HashMap<>();
    private final Set<String> pagesHeld = new HashSet<>();
    /** What a directory's pages print of publication and date, for inner pages that print neither. */
    private final Map<Path, IssueMasthead> issueOfDirectory = new HashMap<>();
    private long nextId = 1;

    private RawInsertPass(Connection db) {
        this.db = db;
    }

    static Result run(List<Path> files, Path database) throws Exception {
        Files.createDirectories(database.getParent());
        Files.deleteIfExists(Path.of(database + ".mv.db"));
        Files.deleteIfExists(Path.of(database + ".trace.db"));
        Result result;
        try (RawInsertPass pass = new RawInsertPass(DriverManager.getConnection("jdbc:h2:file:" + database, "baoku",
                "baoku"))) {
            pass.createSchema(database);
            result = pass.insertAll(files);
        }
        return new Result(result.rows(), result.files(), result.rowsByTable(),
                Files.size(Path.of(database + ".mv.db")));
    }

    /** Held so that the level sticks: Flyway logs each migration at INFO, noise among the bench's figures. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    /** The archive schema as the server's migrations create it: indexes and keys are part of an insert's cost. */
    private void createSchema(Path database) throws SQLException {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        ArchiveMigrations.configure("jdbc:h2:file:" + database, "baoku", "baoku").load().migrate();
        db.setAutoCommit(false);
        prepare("publication", "insert into publication (id, title, publisher, sponsor, serial_number) values (?,?,?,?,?)");
        prepare("issue", "insert into issue (id, publication_id, issue_date, issue_number, page_count, weekday, "
                + "lunar_date, president) values (?,?,?,?,?,?,?,?)");
        prepare("contributor", "insert into contributor (id, name) values (?,?)");
        prepare("page", "insert into page (id, issue_id, label, section, editor, source_path, sha256, encoding, "
                + "size_bytes, status, imported_at, revision, superseded) values (?,?,?,?,?,?,?,?,?,?,?,1,false)");
        prepare("article", "insert into article (id, page_id, order_on_page, column_name, kicker, headline, subtitle, "
                + "byline_type, byline_agency, byline_place, byline_date, body, continued_to, continued_from, jump_key) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        prepare("article_contributor", "insert into article_contributor (id, article_id, contributor_id, position, role) "
                + "values (?,?,?,?,'REPORTER')");
        prepare("guide_entry", "insert into guide_entry (id, page_id, position, title, subtitle, target_page) "
                + "values (?,?,?,?,?,?)");
        prepare("finding", "insert into finding (id, page_id, issue_id, archive_level, article_id, severity, code, "
                + "line_number, message) values (?,?,null,false,?,?,?,?,?)");
        prepare("manifest_entry", "insert into manifest_entry (id, job_instance_id, position, source_path, size_bytes, "
                + "modified_at, sha256) values (?,1,?,?,?,?,?)");
        prepare("import_record", "insert into import_record (id, job_instance_id, execution_id, manifest_position, "
                + "source_path, sha256, outcome, reason, page_id, recorded_at) values (?,1,1,?,?,?,?,?,?,?)");
        ArchiveSchema.TABLES.forEach(table -> rows.put(table, 0L));
    }

    private void prepare(String table, String sql) throws SQLException {
        insert.put(table, db.prepareStatement(sql));
    }

    private Result insertAll(List<Path> files) throws Exception {
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
            for (PreparedStatement statement : insert.values()) {
                statement.executeBatch();
            }
            db.commit();
            writingNanos += System.nanoTime() - started;
        }
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        double seconds = writingNanos / 1e9;
        return new Result(new Rate(total, seconds), new Rate(files.size(), seconds), rows, 0);
    }

    private void store(long position, Path file, ParseResult reading) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String path = file.toString();
        String sha256 = reading.source().sha256();
        add("manifest_entry", id(), position, path, reading.source().bytes(), now, sha256);
        if (reading.rejected()) {
            Finding reason = reading.rejectionReason();
            add("import_record", id(), position, path, sha256, "REJECTED",
                    reason == null ? "REJECTED" : reason.code() + ": " + reason.message(), null, now);
            return;
        }
        Long issueId = issue(file.getParent(), reading.issue());
        String label = reading.page().label();
        if (issueId == null || label != null && !pagesHeld.add(issueId + "/" + label)) {
            add("import_record", id(), position, path, sha256, "REJECTED",
                    issueId == null ? "UNKNOWN_ISSUE" : "DUPLICATE_PAGE", null, now);
            return;
        }
        long pageId = id();
        add("page", pageId, issueId, label, reading.page().section(), reading.page().editor(), path, sha256,
                reading.source().encoding(), reading.source().bytes(), reading.status().name(), now);
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
                    add("article_contributor", id(), articleId, contributor(reporter), order++);
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
            add("finding", id(), pageId, articleId, finding.severity().name(), finding.code(), finding.line(),
                    finding.message());
        }
        add("import_record", id(), position, path, sha256,
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
            insert.get("publication").executeBatch();
        }
        String key = publicationId + "/" + date;
        Long issueId = issues.get(key);
        if (issueId == null) {
            issueId = id();
            issues.put(key, issueId);
            add("issue", issueId, publicationId, Date.valueOf(date), printed.issueNumber(), printed.pageCount(),
                    printed.weekday(), printed.lunarDate(), printed.president());
            insert.get("issue").executeBatch();
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
        PreparedStatement statement = insert.get(table);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
        statement.addBatch();
        rows.merge(table, 1L, Long::sum);
    }

    private long id() {
        return nextId++;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : insert.values()) {
            statement.close();
        }
        db.close();
    }
}
