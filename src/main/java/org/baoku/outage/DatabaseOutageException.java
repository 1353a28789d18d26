package org.baoku.outage;

/**
 * A failure that means the database could not be reached, whatever class the layer that met it threw:
 * named among the import's retryable exceptions, so that a chunk which met an outage is rolled back and
 * retried after a wait (see {@link OutageRetries}).
 */
public class DatabaseOutageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseOutageException(Throwable cause) {
        super("database unreachable: " + cause, cause);
    }

    public DatabaseOutageException(String message, Throwable cause) {
        super(message, cause);
    }
}
