package org.baoku.archive;

import java.util.EnumSet;
import java.util.Set;

/** How one file of a delivery ended in one import run. Every file read ends as exactly one of these. */
public enum ImportOutcome {
    IMPORTED,
    IMPORTED_WITH_WARNINGS,
    /** The archive already holds this exact content (same sha256); nothing was written again. */
    UNCHANGED,
    /** Nothing of the file entered the archive; {@code reason} says why. */
    REJECTED;

    /** The outcomes that put something of the file into the archive. */
    public static final Set<ImportOutcome> IMPORTING = EnumSet.of(IMPORTED, IMPORTED_WITH_WARNINGS);
}
