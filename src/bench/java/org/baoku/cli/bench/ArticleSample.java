package org.baoku.cli.bench;

import java.time.LocalDate;
import java.util.List;

/** A current article of the archive as the search pass needs it: where to find it and what it says. */
record ArticleSample(long id, LocalDate date, String body, List<String> reporters) {

    ArticleSample {
        reporters = List.copyOf(reporters);
    }
}
