package org.baoku.archive;

/**
 * Another partition created the shared row first: expected in parallel imports, so it carries no stack
 * trace and is logged by nobody; the caller finds the winner's row instead.
 */
final class AlreadyCreated extends RuntimeException {

    AlreadyCreated(String what) {
        super(what + " was created by another partition first", null, false, false);
    }
}
