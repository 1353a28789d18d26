package org.baoku.issuefile.validate;

import java.util.List;

import org.baoku.issuefile.Finding;

/** One consistency check of a page's reading. Implementations are stateless and thread-safe. */
public interface IssueCheck {

    /** @return what the check found wrong; empty when all is well or the page does not print enough to tell */
    List<Finding> check(CheckedPage page);
}
