package org.baoku.cli.operate;

/** A request the API did not answer as asked: a message for the operator and the exit code it calls for. */
public final class ApiException extends Exception {

    private final int exitCode;
    private final int httpStatus;

    ApiException(int exitCode, int httpStatus, String message) {
        super(message);
        this.exitCode = exitCode;
        this.httpStatus = httpStatus;
    }

    ApiException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.httpStatus = 0;
    }

    /** @see ExitCodes */
    public int exitCode() {
        return exitCode;
    }

    /** @return the HTTP status, or 0 when there was no answer at all */
    public int httpStatus() {
        return httpStatus;
    }
}
