package org.baoku.archive;

import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Inserts rows that are written once and never changed through a stateless session, in the caller's
 * transaction: the server's datasource hands it the transaction's connection. No persistence context
 * holds the rows, so Hibernate neither snapshots nor dirty-checks nor cascades them.
 */
final class StatelessInserts {

    private StatelessInserts() {
    }

    static void insert(EntityManager em, Consumer<StatelessSession> inserts) {
        try (StatelessSession session = em.unwrap(Session.class).getSessionFactory().openStatelessSession()) {
            inserts.accept(session);
            // Hibernate 6.6 sends a stateless session's last JDBC batch only when the transaction completes,
            // and not at all once the session is closed: send it now, while an error can still be retried
            ((SharedSessionContractImplementor) session).getJdbcCoordinator().executeBatch();
        }
    }
}
