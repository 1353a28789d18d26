package org.baoku.archive;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Runs open to every node (table {@code shared_run}, V8): the execution that coordinates each, its phase, and a
 * stop asked for on any node; and the executions that took a share of it, node by node ({@code run_share}).
 * Every call commits on its own, so the other nodes see it at their next heartbeat.
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SharedRuns {

    /** IMPORTING: the coordinator's import step runs; AWAITING: it waits for the other nodes' ranges; DONE. */
    public enum Phase { IMPORTING, AWAITING, DONE }

    public record SharedRun(long run, long coordinatorExecution, String coordinatorNode, Phase phase,
                            boolean stopRequested) {
    }

    public record Share(long execution, String node, Instant startedAt) {
    }

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    /** Opens the run to every node, or opens it again for a restart (a new coordinator, no stop asked). */
    public void open(long run, long coordinatorExecution, String node) {
        int updated = em.createNativeQuery("update shared_run set coordinator_execution = ?1, coordinator_node = ?2, "
                        + "phase = ?3, stop_requested = false where job_instance_id = ?4")
                .setParameter(1, coordinatorExecution).setParameter(2, node).setParameter(3, Phase.IMPORTING.name())
                .setParameter(4, run).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into shared_run (job_instance_id, coordinator_execution, coordinator_node, phase, "
                            + "stop_requested, opened_at) values (?1, ?2, ?3, ?4, false, ?5)")
                    .setParameter(1, run).setParameter(2, coordinatorExecution).setParameter(3, node)
                    .setParameter(4, Phase.IMPORTING.name()).setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
        }
        recordShare(coordinatorExecution, run, node);
    }

    public void enter(long run, Phase phase) {
        em.createNativeQuery("update shared_run set phase = ?1 where job_instance_id = ?2")
                .setParameter(1, phase.name()).setParameter(2, run).executeUpdate();
    }

    /** Asks every node to stop its executions of the run; says whether the run is one of the shared ones. */
    public boolean requestStop(long run) {
        return em.createNativeQuery("update shared_run set stop_requested = true where job_instance_id = ?1 and phase <> ?2")
                .setParameter(1, run).setParameter(2, Phase.DONE.name()).executeUpdate() > 0;
    }

    public Optional<SharedRun> of(long run) {
        return list("where job_instance_id = ?1", run).stream().findFirst();
    }

    /** Runs not yet done: those the nodes' heartbeats look after. */
    public List<SharedRun> open() {
        return list("where phase <> ?1", Phase.DONE.name());
    }

    /** Records an execution that takes part in the run (once: a restarted coordinator is a new execution). */
    public void recordShare(long execution, long run, String node) {
        Number known = (Number) em.createNativeQuery("select count(*) from run_share where execution_id = ?1")
                .setParameter(1, execution).getSingleResult();
        if (known.longValue() == 0) {
            em.createNativeQuery("insert into run_share (execution_id, job_instance_id, node, started_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, execution).setParameter(2, run).setParameter(3, node)
                    .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
        }
    }

    public List<Share> shares(long run) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select execution_id, node, started_at from run_share "
                + "where job_instance_id = ?1 order by execution_id").setParameter(1, run).getResultList();
        return rows.stream().map(r -> new Share(((Number) r[0]).longValue(), (String) r[1], ImportRanges.instant(r[2])))
                .toList();
    }

    /** The run an execution took part in, when it was one of a shared run's executions. */
    public Optional<Long> runOfExecution(long execution) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select job_instance_id from run_share where execution_id = ?1")
                .setParameter(1, execution).getResultList();
        return rows.stream().findFirst().map(Number::longValue);
    }

    /** The node an execution of a shared run ran on. */
    public Optional<String> nodeOfExecution(long execution) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select node from run_share where execution_id = ?1")
                .setParameter(1, execution).getResultList();
        return rows.stream().findFirst();
    }

    private List<SharedRun> list(String where, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select job_instance_id, coordinator_execution, coordinator_node, phase, "
                + "stop_requested from shared_run " + where + " order by job_instance_id").setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> new SharedRun(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], Phase.valueOf((String) r[3]), Boolean.TRUE.equals(r[4]))).toList();
    }
}
