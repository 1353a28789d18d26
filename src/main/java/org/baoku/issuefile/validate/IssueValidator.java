package org.baoku.issuefile.validate;

import java.util.ArrayList;
import java.util.List;

import org.baoku.issuefile.Finding;

/** Runs every page-level consistency check. Stateless and thread-safe. */
public final class IssueValidator {

    private final List<IssueCheck> checks = List.of(new WeekdayCheck(), new LunarDateCheck(), new PageReferenceCheck());

    public List<Finding> validate(CheckedPage page) {
        List<Finding> findings = new ArrayList<>();
        for (IssueCheck check : checks) {
            findings.addAll(check.check(page));
        }
        return findings;
    }
}
