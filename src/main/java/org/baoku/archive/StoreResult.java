package org.baoku.archive;

/** How the archive took one file: the outcome recorded and, for a rejected file, why. */
public record StoreResult(ImportOutcome outcome, String reason) {

    public boolean rejected() {
        return outcome == ImportOutcome.REJECTED;
    }
}
