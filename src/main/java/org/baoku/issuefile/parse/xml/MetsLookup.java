package org.baoku.issuefile.parse.xml;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the METS file that names an ALTO file: an ALTO page alone has no date and no issue, so it is
 * placed by its METS. Implementations are shared by every thread of an import and must be thread-safe.
 */
public interface MetsLookup {

    Optional<MetsMatch> find(Path altoFile);

    /** Where {@link #find} looked, for the finding that says it found nothing. */
    String whereLooked(Path altoFile);
}
