package org.baoku.cli.operate;

/**
 * Exit codes of the operator commands, for cron and enterprise schedulers. A command that only asks
 * (status, list, report, schedule) exits 0 when it got its answer.
 */
public final class ExitCodes {

    /** Done; with {@code --wait}: the execution ended with batch status COMPLETED (with or without rejects). */
    public static final int OK = 0;
    /** With {@code --wait}: the execution ended FAILED, STOPPED or ABANDONED, or the wait timed out; or the server failed (5xx but 503) or refused in the current state (409). */
    public static final int NOT_COMPLETED = 1;
    /** Wrong arguments, or the server refused them (400: e.g. an inbox outside the allowed roots; 404: no such execution). */
    public static final int USAGE = 2;
    /**
     * No connection to the API, or the server cannot reach its database (503); no credentials, or the
     * server refused them (401) or the role (403).
     */
    public static final int CONNECTION_OR_AUTH = 3;

    private ExitCodes() {
    }
}
