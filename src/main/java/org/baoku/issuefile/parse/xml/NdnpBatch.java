package org.baoku.issuefile.parse.xml;

import java.nio.file.Path;
import java.util.List;

/**
 * An NDNP {@code batch.xml}: the batch's name, the issue METS files it lists, and its number of reels.
 */
public record NdnpBatch(String name, List<Issue> issues, int reels) {

    public NdnpBatch {
        issues = List.copyOf(issues);
    }

    /**
     * One listed issue.
     *
     * @param href the METS path as written ({@code ./sn…/…/1900010101.xml})
     * @param path that path resolved against the batch file's directory, or null if it is no path
     */
    public record Issue(String lccn, String issueDate, String editionOrder, String href, Path path) {
    }
}
