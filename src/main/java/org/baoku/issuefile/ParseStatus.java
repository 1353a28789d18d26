package org.baoku.issuefile;

public enum ParseStatus {
    ACCEPTED,
    ACCEPTED_WITH_WARNINGS,
    /** Nothing of the file enters the archive; the ERROR finding says why. */
    REJECTED
}
