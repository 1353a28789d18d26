package org.baoku.issuefile;

import java.time.LocalDate;

/**
 * The issue a page belongs to, as its masthead (front page) or page header (inner page) prints it.
 * Every field is {@code null} when the page does not show it: values are never invented. For pages of
 * an ALTO delivery they come from the issue's METS file ({@code serialNumber} then holds the title's
 * catalogue identifier, e.g. an LCCN). {@code president} is the paper's head as the masthead names him:
 * the 社长, or the 总编辑 (editor-in-chief) where no 社长 is printed.
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
        String president,
        String volume,
        String edition) {

    public static final IssueMasthead UNKNOWN =
            new IssueMasthead(null, null, null, null, null, null, null, null, null, null);

    /**
     * What a printed masthead shows; {@code volume} and {@code edition} come only from catalogue records
     * such as METS.
     */
    public IssueMasthead(String publication, String publisher, String sponsor, LocalDate date, String weekday,
                         String lunarDate, Integer issueNumber, Integer pageCount, String serialNumber,
                         String president) {
        this(publication, publisher, sponsor, date, weekday, lunarDate, issueNumber, pageCount, serialNumber,
                president, null, null);
    }
}
