package org.baoku.search;

import java.util.HashMap;
import java.util.Map;

import org.baoku.issuefile.IssueMasthead;

/**
 * The issue a page's search documents carry where there is no archive to ask (the deployment's index
 * warm-up, the bench's raw index pass): its own masthead when it printed a title and a date, else the
 * one of the first such page — the front page — of its directory, as the import files an inner page
 * under its directory's front page's issue. Pages are to be given in delivery order.
 */
public final class MastheadsByDirectory {

    private final Map<String, IssueMasthead> frontPages = new HashMap<>();

    /** The masthead a page of {@code directory} that printed {@code printed} is indexed under. */
    public IssueMasthead of(String directory, IssueMasthead printed) {
        if (printed.publication() != null && printed.date() != null) {
            frontPages.putIfAbsent(directory, printed);
            return printed;
        }
        return frontPages.getOrDefault(directory, printed);
    }
}
