package org.baoku.issuefile;

import java.time.LocalDate;

/**
 * The issue a page belongs to, as its masthead (front page) or page header (inner page) prints it.
 * Every field is {@code null} when the page does not show it: values are never invented.
 */
public record IssueMasthead(
        String publication,
        String publisher,
        String sponsor,
        LocalDate date,
        String weekday,
        String lunarDate,
        Integer issueNumber,
        Integer pageCount,
        String serialNumber,
        String president) {

    public static final IssueMasthead UNKNOWN =
            new IssueMasthead(null, null, null, null, null, null, null, null, null, null);
}
