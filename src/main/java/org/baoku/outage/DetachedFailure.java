package org.baoku.outage;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure retold without the objects it was made of. The batch runtime stores a failed partition's exception in
 * its job repository and reads it back through its own class loader, which cannot see the JDBC driver's classes:
 * a {@code PSQLException} among the causes failed the whole step with JBERET000653 ("Failed to deserialize") and
 * lost the failure's own message. The copy keeps every message of the chain and the first one's stack.
 */
public final class DetachedFailure {

    private static final int MAX_DEPTH = 16;

    private DetachedFailure() {
    }

    /**
     * @return an exception of a class every class loader has (a {@link DatabaseOutageException} when the failure is
     *         an outage), whose message tells the failure and its causes, with no cause attached
     */
    public static RuntimeException of(Throwable failure) {
        String text = describe(failure);
        RuntimeException detached = DatabaseOutage.isOutage(failure) ? new DatabaseOutageException(text, null)
                : new IllegalStateException(text);
        detached.setStackTrace(failure.getStackTrace());
        return detached;
    }

    /** @return "message; caused by Class: message; …" — the first one as its own message when it is ours */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure instanceof DatabaseOutageException ? failure.getMessage()
                : failure.toString());
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(failure);
        int depth = 0;
        for (Throwable cause = failure.getCause(); cause != null && seen.add(cause) && depth < MAX_DEPTH;
                cause = cause.getCause(), depth++) {
            text.append("; caused by ").append(cause);
        }
        return text.toString();
    }
}
