package org.baoku.outage;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a lost database from every other failure, by the SQLState anywhere in an exception's causes: the
 * layers above JDBC (Hibernate, JPA, IronJacamar's pool, JBeret's job repository) wrap it in classes of
 * their own (the transaction manager as suppressed exceptions of a failed commit), and Hibernate turns PostgreSQL's {@code 57P01 terminating connection due to administrator
 * command} into a plain {@code GenericJDBCException}, so no exception class says "outage".
 *
 * <p>An outage: SQLState class {@code 08} (connection exception), {@code 57P01}–{@code 57P03} (the server
 * shut down, crashed, or cannot take connections yet), {@code 53300} (too many connections); H2's
 * {@code 90067} (connection broken), {@code 90098} (database closed) and {@code 90121} (called at
 * shutdown); the JDBC connection exception classes; a refused socket.
 */
public final class DatabaseOutage {

    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300", "90067", "90098", "90121");
    private static final int MAX_DEPTH = 32;

    private DatabaseOutage() {
    }

    /** @return whether the failure, or anything it was caused by, says the database cannot be reached */
    public static boolean isOutage(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return isOutage(failure, seen, 0);
    }

    private static boolean isOutage(Throwable failure, Set<Throwable> seen, int depth) {
        for (Throwable e = failure; e != null && depth < MAX_DEPTH && seen.add(e); e = e.getCause(), depth++) {
            if (e instanceof SQLException sql) {
                if (isOutageState(sql.getSQLState()) || sql instanceof SQLNonTransientConnectionException
                        || sql instanceof SQLTransientConnectionException || sql instanceof SQLRecoverableException) {
                    return true;
                }
                // a batch's statements report their own errors as the next exception, not as the cause
                if (sql.getNextException() != null && isOutage(sql.getNextException(), seen, depth + 1)) {
                    return true;
                }
            } else if (e instanceof ConnectException) {
                return true;
            }
            // a transaction manager reports why a commit failed as suppressed exceptions, not as the cause
            for (Throwable suppressed : e.getSuppressed()) {
                if (isOutage(suppressed, seen, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return whether a SQLState names a lost connection or a database that is down or starting */
    public static boolean isOutageState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || STATES.contains(sqlState));
    }

    /**
     * @return the failure as a {@link DatabaseOutageException} (which the import's chunks retry) when it is
     *         an outage, else the failure itself. Checked exceptions count: a {@code @Transactional} method's
     *         failed commit reaches its caller as {@code jakarta.transaction.RollbackException}.
     */
    public static Exception retryable(Exception failure) {
        return failure instanceof DatabaseOutageException || !isOutage(failure) ? failure
                : new DatabaseOutageException(failure);
    }
}
