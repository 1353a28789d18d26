package org.baoku.issuefile;

import java.util.List;

/** What became of a file: the one rule of every layout's parser is {@link #of}. */
public enum ParseStatus {
    ACCEPTED,
    ACCEPTED_WITH_WARNINGS,
    /** Nothing of the file enters the archive; the ERROR finding says why. */
    REJECTED;

    /** Any ERROR rejects the file, any WARNING accepts it with warnings; INFO changes nothing. */
    public static ParseStatus of(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return REJECTED;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
            return ACCEPTED_WITH_WARNINGS;
        }
        return ACCEPTED;
    }
}
