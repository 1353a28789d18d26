package org.baoku.archive;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.baoku.issuefile.Layout;
import org.baoku.issuefile.ParseStatus;

/**
 * Creates the rows many files share (publication, issue, contributor, a page assembled from article
 * files) each in a short transaction of its own. Partitions import in parallel; creating a shared row
 * inside a chunk would make two chunks race on a unique key until commit. Here the loser of a race sees
 * the winner's row right away.
 *
 * <p>The rows are inserted by plain JDBC, not by Hibernate: a lost race is an expected outcome here, and
 * Hibernate logs every failed statement as an ERROR, which filled the server log of every parallel
 * import with "duplicate key" lines operators could not tell from real failures. A lost race ends as
 * {@link AlreadyCreated}, which rolls this transaction back and is handled by the caller
 * ({@link SharedRows}). Ids come from the entities' own sequences: one sequence value is outside every
 * block Hibernate's pooled optimizer takes from the same sequence.
 */
@Dependent
public class ReferenceRows {

    /** SQLState of a unique-key violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createPublication(String title) {
        insert("publication " + title, List.of(new Row("publication_seq",
                "insert into publication (id, title) values (?, ?)", title)));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createIssue(long publicationId, LocalDate date) {
        createIssues(publicationId, List.of(date));
    }

    /** Creates several issues of a publication at once; fails as a whole if another partition made one first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createIssues(long publicationId, Collection<LocalDate> dates) {
        insert("an issue of publication " + publicationId, dates.stream()
                .map(date -> new Row("issue_seq", "insert into issue (id, publication_id, issue_date) values (?, ?, ?)",
                        publicationId, date))
                .toList());
    }

    /** An empty page that article files of one issue and page label are assembled into. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createAssembledPage(long issueId, String label, String sourcePath) {
        insert("page " + label + " of issue " + issueId, List.of(new Row("page_seq",
                "insert into page (id, issue_id, label, source_path, size_bytes, status, imported_at, revision, "
                        + "superseded, layout) values (?, ?, ?, ?, 0, ?, ?, 1, false, ?)",
                issueId, label, sourcePath, ParseStatus.ACCEPTED.name(), Timestamp.from(Instant.now()),
                Layout.ARTICLE_TEXT.name())));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createContributor(String name) {
        insert("contributor " + name, List.of(new Row("contributor_seq",
                "insert into contributor (id, name) values (?, ?)", name)));
    }

    /** One row to insert: its id from {@code sequence}, then {@code values} for the other parameters. */
    private record Row(String sequence, String sql, Object... values) {
    }

    private void insert(String what, List<Row> rows) {
        String nextValue = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString("%s");
        em.unwrap(Session.class).doWork(connection -> {
            for (Row row : rows) {
                long id = nextId(connection, nextValue.formatted(row.sequence()));
                try (PreparedStatement insert = connection.prepareStatement(row.sql())) {
                    insert.setLong(1, id);
                    for (int i = 0; i < row.values().length; i++) {
                        Object value = row.values()[i];
                        insert.setObject(i + 2, value instanceof LocalDate date ? Date.valueOf(date) : value);
                    }
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw new AlreadyCreated(what);
                    }
                    throw e;
                }
            }
        });
    }

    private static long nextId(Connection connection, String sql) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(sql); ResultSet value = next.executeQuery()) {
            value.next();
            return value.getLong(1);
        }
    }
}
