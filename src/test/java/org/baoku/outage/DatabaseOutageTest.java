package org.baoku.outage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;

import jakarta.batch.operations.BatchRuntimeException;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.LockTimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08001", "08003", "08006", "08P01", "57P01", "57P02", "57P03", "53300",
            "90067", "90098", "90121"})
    void connectionLossAndDatabaseShutdownAreOutages(String sqlState) {
        assertTrue(DatabaseOutage.isOutage(new SQLException("lost", sqlState)), sqlState);
    }

    @ParameterizedTest
    @ValueSource(strings = {"55P03", "40P01", "40001", "23505", "57014", "42P01", "22001", "HY000", "90039"})
    void lockTimeoutsDeadlocksConstraintsAndBadSqlAreNot(String sqlState) {
        assertFalse(DatabaseOutage.isOutage(new SQLException("no", sqlState)), sqlState);
    }

    @Test
    void theTrialsAdministratorShutdownIsFoundUnderHibernatesGenericWrapper() {
        // what Hibernate made of PostgreSQL's 57P01 in the trial: no class of the chain says "connection"
        SQLException postgres = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        PersistenceException jpa = new PersistenceException(new GenericJDBCException("could not execute batch", postgres));
        assertTrue(DatabaseOutage.isOutage(jpa));
    }

    @Test
    void aPoolThatCannotConnectIsAnOutage() {
        // IronJacamar: SQLException (no state) ← ResourceException IJ000453 ← the driver's 08001
        Exception pool = new SQLException("IJ031019: Unable to get managed connection for java:jboss/datasources/BaokuArchiveDS",
                new Exception("IJ000453: Unable to get managed connection",
                        new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException("refused"))));
        assertTrue(DatabaseOutage.isOutage(pool));
        assertTrue(DatabaseOutage.isOutage(new RuntimeException(new ConnectException("Connection refused"))));
    }

    @Test
    void theJobRepositorysQueryFailureIsAnOutageWhenItsCauseIs() {
        assertTrue(DatabaseOutage.isOutage(new BatchRuntimeException("JBERET000626: Failed to run SELECT * FROM JOB_EXECUTION",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertFalse(DatabaseOutage.isOutage(new BatchRuntimeException("JBERET000626: Failed to run UPDATE",
                new SQLException("value too long", "22001"))));
    }

    @Test
    void jdbcConnectionClassesWithoutAStateAreOutages() {
        assertTrue(DatabaseOutage.isOutage(new SQLNonTransientConnectionException("closed")));
        assertFalse(DatabaseOutage.isOutage(new SQLTimeoutException("slow")));
        assertFalse(DatabaseOutage.isOutage(new SQLIntegrityConstraintViolationException("dup", "23505")));
    }

    @Test
    void aBatchsNextExceptionIsLookedAt() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 3 was aborted", "HY000", new int[0]);
        batch.setNextException(new SQLException("terminating connection", "57P01"));
        assertTrue(DatabaseOutage.isOutage(new GenericJDBCException("could not execute batch", batch)));
    }

    @Test
    void aLockTimeoutStaysWhatItIs() {
        LockTimeoutException lock = new LockTimeoutException("lock", new SQLException("lock timeout", "55P03"));
        assertSame(lock, DatabaseOutage.retryable(lock));
    }

    @Test
    void anOutageBecomesTheRetryableExceptionOnce() {
        RuntimeException lost = new PersistenceException(new SQLException("gone", "08006"));
        Exception retryable = DatabaseOutage.retryable(lost);
        assertInstanceOf(DatabaseOutageException.class, retryable);
        assertSame(lost, retryable.getCause());
        assertSame(retryable, DatabaseOutage.retryable(retryable));
    }

    @Test
    void aFailedCommitOfATransactionalMethodIsFoundToo() {
        // what the trial's writer met: a checked RollbackException over the pool's ResourceException over 57P01
        Exception commit = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.initCause(new Exception("jakarta.resource.ResourceException: SQLException",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertInstanceOf(DatabaseOutageException.class, DatabaseOutage.retryable(commit));
    }

    @Test
    void aCommitFailureReportedAsSuppressedIsFound() {
        // the runtime's own commit of a chunk: the transaction manager adds the resource's failure as suppressed
        Exception commit = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertTrue(DatabaseOutage.isOutage(commit));
        assertFalse(DatabaseOutage.isOutage(new jakarta.transaction.RollbackException("marked rollback only")));
    }

    @Test
    void aCauseLoopEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.isOutage(a));
    }
}
