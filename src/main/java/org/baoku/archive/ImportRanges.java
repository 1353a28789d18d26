package org.baoku.archive;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The ranges of a run's manifest that the partitions of every node claim (table {@code import_range}, V8).
 * A claim is a lease: the claiming node's heartbeat renews it; when it runs out (the node died) any node may
 * claim the range again. A range is finished only when every one of its entries has an import record, so a
 * range is never finished on a reader's word while its last chunk could still roll back.
 * <p>
 * Each call commits on its own: a claim must be visible to other nodes at once, and must not roll back with
 * the chunk of the partition that made it. Lease times are the nodes' clocks (keep them synchronised).
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportRanges {

    /** Ranges looked at per claim: more than the readers that may be claiming at the same moment. */
    private static final int CANDIDATES = 64;

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    /** One range: manifest positions in {@code (after, last]}. */
    public record Range(long run, int number, long after, long last) {
    }

    /** A range as operators see it: who holds it, and whether it is done. */
    public record RangeState(int number, long after, long last, String node, Long execution, Instant leaseUntil,
                             int claims, Instant finishedAt) {
    }

    /** Stores the ranges of a run once; a restart finds them there and keeps them (and what is finished). */
    public boolean plan(long run, List<Range> ranges) {
        Number existing = (Number) em.createNativeQuery("select count(*) from import_range where job_instance_id = ?1")
                .setParameter(1, run).getSingleResult();
        if (existing.longValue() > 0) {
            return false;
        }
        for (Range range : ranges) {
            em.createNativeQuery("insert into import_range (job_instance_id, range_number, after_position, last_position) "
                            + "values (?1, ?2, ?3, ?4)")
                    .setParameter(1, run).setParameter(2, range.number()).setParameter(3, range.after())
                    .setParameter(4, range.last()).executeUpdate();
        }
        return true;
    }

    /**
     * Claims the first range nobody holds (never claimed, released, or its lease run out), skipping rows another
     * node is claiming at this moment rather than waiting for them. The candidates are read first and locked one
     * by one: H2 2.2 applies {@code fetch first} before {@code skip locked} and then finds nothing while the
     * first candidate is locked, and locking every candidate at once would hide them all from the other nodes.
     * The locking select checks the range again, so a range another node took meanwhile is passed over.
     */
    public Optional<Range> claim(long run, String node, long execution, Duration lease) {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Number> candidates = em.createNativeQuery("select range_number from import_range where job_instance_id = ?1 "
                        + "and finished_at is null and (owner_node is null or lease_until < ?2) order by range_number")
                .setParameter(1, run).setParameter(2, Timestamp.from(now)).setMaxResults(CANDIDATES).getResultList();
        for (Number candidate : candidates) {
            @SuppressWarnings("unchecked")
            List<Object[]> locked = em.createNativeQuery("select range_number, after_position, last_position from import_range "
                            + "where job_instance_id = ?1 and range_number = ?2 and finished_at is null "
                            + "and (owner_node is null or lease_until < ?3) for update skip locked")
                    .setParameter(1, run).setParameter(2, candidate.intValue()).setParameter(3, Timestamp.from(now))
                    .getResultList();
            if (locked.isEmpty()) {
                continue;
            }
            Object[] row = locked.get(0);
            em.createNativeQuery("update import_range set owner_node = ?1, owner_execution = ?2, lease_until = ?3, "
                            + "claims = claims + 1 where job_instance_id = ?4 and range_number = ?5")
                    .setParameter(1, node).setParameter(2, execution).setParameter(3, Timestamp.from(now.plus(lease)))
                    .setParameter(4, run).setParameter(5, candidate.intValue()).executeUpdate();
            return Optional.of(new Range(run, candidate.intValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return Optional.empty();
    }

    /** Extends the lease of ranges this node still holds; a range another node took meanwhile is not touched. */
    public int renew(long run, int number, String node, Duration lease) {
        return em.createNativeQuery("update import_range set lease_until = ?1 where job_instance_id = ?2 "
                        + "and range_number = ?3 and owner_node = ?4 and finished_at is null")
                .setParameter(1, Timestamp.from(Instant.now().plus(lease))).setParameter(2, run).setParameter(3, number)
                .setParameter(4, node).executeUpdate();
    }

    /** Marks the range finished when none of its entries lacks an import record; says whether it is finished. */
    public boolean finishIfComplete(long run, int number) {
        em.createNativeQuery("update import_range g set finished_at = ?1 where g.job_instance_id = ?2 "
                        + "and g.range_number = ?3 and g.finished_at is null and not exists (select 1 from manifest_entry m "
                        + "where m.job_instance_id = g.job_instance_id and m.position > g.after_position "
                        + "and m.position <= g.last_position and not exists (select 1 from import_record r "
                        + "where r.job_instance_id = m.job_instance_id and r.manifest_position = m.position))")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, run).setParameter(3, number).executeUpdate();
        return em.createNativeQuery("select count(*) from import_range where job_instance_id = ?1 and range_number = ?2 "
                        + "and finished_at is not null")
                .setParameter(1, run).setParameter(2, number).getSingleResult() instanceof Number n && n.longValue() == 1;
    }

    /** Gives an unfinished range back at once (its reader stopped), instead of letting its lease run out. */
    public void release(long run, int number, String node) {
        em.createNativeQuery("update import_range set owner_node = null, owner_execution = null, lease_until = null "
                        + "where job_instance_id = ?1 and range_number = ?2 and owner_node = ?3 and finished_at is null")
                .setParameter(1, run).setParameter(2, number).setParameter(3, node).executeUpdate();
    }

    /** Everything a node held before it went down: it restarts with no reader, so no claim of its is alive. */
    public int releaseAllOf(String node) {
        return em.createNativeQuery("update import_range set owner_node = null, owner_execution = null, lease_until = null "
                        + "where owner_node = ?1 and finished_at is null")
                .setParameter(1, node).executeUpdate();
    }

    public long unfinished(long run) {
        return ((Number) em.createNativeQuery("select count(*) from import_range where job_instance_id = ?1 "
                + "and finished_at is null").setParameter(1, run).getSingleResult()).longValue();
    }

    /** Unfinished ranges that nobody holds now: work for whichever node looks first. */
    public long claimable(long run) {
        return ((Number) em.createNativeQuery("select count(*) from import_range where job_instance_id = ?1 "
                        + "and finished_at is null and (owner_node is null or lease_until < ?2)")
                .setParameter(1, run).setParameter(2, Timestamp.from(Instant.now())).getSingleResult()).longValue();
    }

    public List<RangeState> of(long run) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select range_number, after_position, last_position, owner_node, "
                        + "owner_execution, lease_until, claims, finished_at from import_range where job_instance_id = ?1 "
                        + "order by range_number")
                .setParameter(1, run).getResultList();
        return rows.stream().map(r -> new RangeState(((Number) r[0]).intValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), (String) r[3], r[4] == null ? null : ((Number) r[4]).longValue(),
                instant(r[5]), ((Number) r[6]).intValue(), instant(r[7]))).toList();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }
}
