package org.baoku.archive.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

/**
 * An archive as the first release (schema v1) left it: one row in every table, written with plain SQL, and the
 * sequences where Hibernate left them. For the migration tests, and for the upgrade test that starts the current
 * server on it.
 */
public final class ArchiveAtV1 {

    /** The sequences of schema v1 (import_schedule has one row with a fixed id). */
    static final List<String> SEQUENCES = List.of("publication_seq", "issue_seq", "page_seq", "article_seq",
            "contributor_seq", "article_contributor_seq", "guide_entry_seq", "finding_seq", "import_record_seq",
            "manifest_entry_seq", "run_report_seq");

    /** A run report as long as a big run's: more than any varchar(4000)/8000 limit would hold. */
    public static final String REPORT_JSON = "{\"files\": [" + "{\"path\": \"/inbox/报纸/A01.txt\"},".repeat(500)
            + "{}]}";

    /** A long article body with CJK text: more than any varchar(4000)/8000 limit would hold. */
    public static final String BODY = "新华社北京8月13日电　".repeat(2000) + "（完）";

    /** The one publication's title, and the date. */
    public static final String TITLE = "焦作日报";
    public static final String DATE = "2025-08-13";

    private ArchiveAtV1() {
    }

    /** Schema v1 in an empty database, with its rows. */
    public static void create(DataSource db) throws SQLException {
        ArchiveMigrations.configure(db).target("1").load().migrate();
        insertRows(db);
    }

    /** Rows as schema v1 holds them, one in every table, written with plain SQL as an old archive has them. */
    static void insertRows(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into publication (id, title, publisher, sponsor, serial_number) "
                    + "values (1, '焦作日报', '焦作日报社', '中共焦作市委', 'CN 41-0007')");
            s.execute("insert into issue (id, publication_id, issue_date, issue_number, page_count, weekday, lunar_date, president) "
                    + "values (1, 1, date '2025-08-13', 14656, 8, '星期三', '乙巳年六月二十', '李弘')");
            s.execute("insert into page (id, issue_id, label, section, editor, source_path, sha256, encoding, size_bytes, status, "
                    + "imported_at, revision, superseded) values (1, 1, '01', '要闻', '王编辑', '/inbox/2025-08-13/A01.txt', '"
                    + "a".repeat(64) + "', 'GB18030', 12345, 'ACCEPTED_WITH_WARNINGS', "
                    + "timestamp with time zone '2025-08-13 10:00:00+08', 2, false)");
            try (PreparedStatement article = c.prepareStatement("insert into article (id, page_id, order_on_page, column_name, "
                    + "kicker, headline, subtitle, byline_type, byline_agency, byline_place, byline_date, body, continued_to, "
                    + "continued_from, jump_key) values (1, 1, 0, '要闻', '引题', '主标题', '副题', 'WIRE', '新华社', '北京', "
                    + "'8月13日', ?, 'A02', null, '甲')")) {
                article.setString(1, BODY);
                article.executeUpdate();
            }
            s.execute("insert into contributor (id, name) values (1, '焦娇')");
            s.execute("insert into article_contributor (id, article_id, contributor_id, position, role) values (1, 1, 1, 0, 'REPORTER')");
            s.execute("insert into guide_entry (id, page_id, position, title, subtitle, target_page) values (1, 1, 0, '导读', '副', 'A02')");
            s.execute("insert into finding (id, page_id, article_id, issue_id, archive_level, severity, code, line_number, message) "
                    + "values (1, 1, 1, 1, true, 'WARNING', 'TEXT_GAP', 42, '正文缺行')");
            s.execute("insert into import_record (id, job_instance_id, execution_id, manifest_position, source_path, sha256, "
                    + "outcome, reason, page_id, recorded_at) values (1, 3, 7, 0, '/inbox/2025-08-13/A01.txt', '"
                    + "a".repeat(64) + "', 'IMPORTED_WITH_WARNINGS', null, 1, "
                    + "timestamp with time zone '2025-08-13 10:00:01+08')");
            s.execute("insert into manifest_entry (id, job_instance_id, position, source_path, size_bytes, modified_at, sha256) "
                    + "values (1, 3, 0, '/inbox/2025-08-13/A01.txt', 12345, timestamp with time zone '2025-08-13 09:00:00+08', '"
                    + "a".repeat(64) + "')");
            try (PreparedStatement report = c.prepareStatement("insert into run_report (id, job_instance_id, execution_id, "
                    + "exit_status, created_at, files_per_second, report_json) values (1, 3, 7, 'COMPLETED_WITH_WARNINGS', "
                    + "timestamp with time zone '2025-08-13 10:00:02+08', 12.5, ?)")) {
                report.setString(1, REPORT_JSON);
                report.executeUpdate();
            }
            s.execute("insert into import_schedule (id, enabled, expression, inbox, updated_at) "
                    + "values (1, true, '0 30 2 * * *', '/inbox', timestamp with time zone '2025-08-13 08:00:00+08')");
            // the sequences stand where Hibernate left them after allocating these ids
            for (String sequence : SEQUENCES) {
                try (ResultSet next = s.executeQuery(nextValue(c, sequence))) {
                    next.next();
                }
            }
        }
    }

    private static String nextValue(Connection c, String sequence) throws SQLException {
        return c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
    }
}
