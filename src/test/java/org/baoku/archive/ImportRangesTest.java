package org.baoku.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.baoku.archive.ImportRanges.Range;
import org.baoku.archive.schema.ArchiveMapping;
import org.baoku.archive.schema.TestDatabases;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claims every node's readers make on a run's ranges, on the real schema (H2, and PostgreSQL under
 * {@code -Ppostgresql}): one claimant per range, also while another's claim is not yet committed; a lease that
 * ran out frees the range; a range is finished only when each of its files has an import record.
 */
class ImportRangesTest {

    private static final long RUN = 41;
    private static final Duration LEASE = Duration.ofSeconds(30);
    private final TestDatabases databases = new TestDatabases();

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    @ParameterizedTest
    @MethodSource("org.baoku.archive.schema.TestDatabases#vendors")
    void aRangeIsClaimedByOneNodeAtATimeEvenBeforeTheOtherClaimCommits(String vendor) throws Exception {
        try (SessionFactory sessions = ArchiveMapping.sessionFactory(withManifest(vendor, 6), true)) {
            inTransaction(sessions, r -> r.plan(RUN, List.of(new Range(RUN, 1, 0, 3), new Range(RUN, 2, 3, 6))));
            assertFalse((boolean) inTransaction(sessions, r -> r.plan(RUN, List.of(new Range(RUN, 1, 0, 6)))),
                    "a restart keeps the ranges it finds");

            try (Session first = sessions.openSession(); Session second = sessions.openSession()) {
                first.getTransaction().begin();
                Optional<Range> claimedFirst = ranges(first).claim(RUN, "node1", 7, LEASE);
                second.getTransaction().begin();
                Optional<Range> claimedSecond = ranges(second).claim(RUN, "node2", 8, LEASE); // node1 has not committed
                second.getTransaction().commit();
                first.getTransaction().commit();
                assertEquals(1, claimedFirst.orElseThrow().number());
                assertEquals(2, claimedSecond.orElseThrow().number(), "the locked row is skipped, not waited for");
            }
            assertEquals(Optional.empty(), inTransaction(sessions, r -> r.claim(RUN, "node3", 9, LEASE)));
            assertEquals(0L, (long) inTransaction(sessions, r -> r.claimable(RUN)));
            assertEquals(1, (int) inTransaction(sessions, r -> r.renew(RUN, 1, "node1", LEASE)));
            assertEquals(0, (int) inTransaction(sessions, r -> r.renew(RUN, 1, "node2", LEASE)), "only the holder renews");
        }
    }

    @ParameterizedTest
    @MethodSource("org.baoku.archive.schema.TestDatabases#vendors")
    void aLeaseThatRanOutOrAReleaseLetsAnotherNodeClaimTheRange(String vendor) throws Exception {
        try (SessionFactory sessions = ArchiveMapping.sessionFactory(withManifest(vendor, 4), true)) {
            inTransaction(sessions, r -> r.plan(RUN, List.of(new Range(RUN, 1, 0, 2), new Range(RUN, 2, 2, 4))));
            inTransaction(sessions, r -> r.claim(RUN, "alive", 8, LEASE));
            inTransaction(sessions, r -> r.claim(RUN, "dead", 7, Duration.ofMillis(1)));
            waitPast(Duration.ofMillis(20));

            assertEquals(1L, (long) inTransaction(sessions, r -> r.claimable(RUN)));
            Range taken = inTransaction(sessions, r -> r.claim(RUN, "other", 9, LEASE)).orElseThrow();
            assertEquals(2, taken.number(), "the dead node's range");
            ImportRanges.RangeState state = inTransaction(sessions, r -> r.of(RUN)).get(1);
            assertEquals("other", state.node());
            assertEquals(2, state.claims());

            inTransaction(sessions, r -> {
                r.release(RUN, 1, "alive");
                return null;
            });
            assertEquals(1, inTransaction(sessions, r -> r.claim(RUN, "other", 9, LEASE)).orElseThrow().number());
            assertEquals(2, (int) inTransaction(sessions, r -> r.releaseAllOf("other")), "a restarted node gives back all it held");
            assertEquals(2L, (long) inTransaction(sessions, r -> r.claimable(RUN)));
        }
    }

    @ParameterizedTest
    @MethodSource("org.baoku.archive.schema.TestDatabases#vendors")
    void aRangeIsFinishedOnlyWhenEachOfItsFilesHasAnImportRecord(String vendor) throws Exception {
        DataSource db = withManifest(vendor, 4);
        try (SessionFactory sessions = ArchiveMapping.sessionFactory(db, true)) {
            inTransaction(sessions, r -> r.plan(RUN, List.of(new Range(RUN, 1, 0, 2), new Range(RUN, 2, 2, 4))));
            inTransaction(sessions, r -> r.claim(RUN, "node1", 7, LEASE));
            record(db, 1);

            assertFalse((boolean) inTransaction(sessions, r -> r.finishIfComplete(RUN, 1)), "position 2 has no record yet");
            record(db, 2);
            assertTrue((boolean) inTransaction(sessions, r -> r.finishIfComplete(RUN, 1)));
            assertEquals(1L, (long) inTransaction(sessions, r -> r.unfinished(RUN)));
            assertFalse((boolean) inTransaction(sessions, r -> r.finishIfComplete(RUN, 2)));
            inTransaction(sessions, r -> r.releaseAllOf("node1"));
            assertEquals(2, inTransaction(sessions, r -> r.claim(RUN, "node2", 8, LEASE)).orElseThrow().number(),
                    "a finished range is never claimed again");
        }
    }

    private DataSource withManifest(String vendor, int files) throws Exception {
        DataSource db = databases.empty(vendor);
        try (SessionFactory migrate = ArchiveMapping.sessionFactory(db, true)) {
            for (int position = 1; position <= files; position++) {
                TestDatabases.execute(db, "insert into manifest_entry (id, job_instance_id, modified_at, position, "
                        + "size_bytes, source_path) values (" + position + ", " + RUN + ", current_timestamp, " + position
                        + ", 10, 'd/" + position + ".txt')");
            }
        }
        return db;
    }

    private static void record(DataSource db, long position) {
        TestDatabases.execute(db, "insert into import_record (id, execution_id, job_instance_id, manifest_position, "
                + "outcome, recorded_at, source_path) values (" + position + ", 7, " + RUN + ", " + position
                + ", 'IMPORTED', current_timestamp, 'd/" + position + ".txt')");
    }

    private static ImportRanges ranges(Session session) {
        ImportRanges ranges = new ImportRanges();
        ranges.em = session;
        return ranges;
    }

    private static <T> T inTransaction(SessionFactory sessions, Function<ImportRanges, T> work) {
        try (Session session = sessions.openSession()) {
            session.getTransaction().begin();
            T result = work.apply(ranges(session));
            session.getTransaction().commit();
            return result;
        }
    }

    /** Lets a lease of a millisecond run out: waiting for time itself to pass, not for another thread. */
    private static void waitPast(Duration duration) throws InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until) {
            Thread.sleep(1);
        }
    }
}
