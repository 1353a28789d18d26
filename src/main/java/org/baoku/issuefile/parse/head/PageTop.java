package org.baoku.issuefile.parse.head;

import java.util.List;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.parse.Line;

/**
 * The top of a page: what its masthead or page header says, and the lines below it.
 *
 * @param issue      the issue fields printed ({@link IssueMasthead#UNKNOWN} when none)
 * @param page       the page fields printed; a front page's label is left {@code null} here, since it
 *                   follows from the page's references (see {@link FrontPageLabel})
 * @param masthead   whether the page prints a front-page masthead
 * @param pageHeader whether the page prints an inner-page header (label, section, editor or a date line)
 * @param headLine   the first line of the masthead or page header, or {@code null} when the page has neither
 * @param body       the lines below, in file order, blank lines included
 * @param findings   what reading the top noticed
 */
public record PageTop(IssueMasthead issue, PageHeader page, boolean masthead, boolean pageHeader, Integer headLine,
                      List<Line> body,
                      List<Finding> findings) {

    public PageTop {
        body = List.copyOf(body);
        findings = List.copyOf(findings);
    }
}
