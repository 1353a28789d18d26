package org.baoku.issuefile.parse.xml;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The fields of one MODS record ({@code dmdSec}) that describe an issue or a page, collected while the
 * METS is read; the first value of each field wins. Merging ({@link #fillFrom}) lets an issue whose title
 * and date stand in two records (a title record and an issue record, as Europeana writes them) be read
 * as one.
 */
final class ModsDescription {

    String title;
    String dateText;
    LocalDate date;
    String volumeNumber;
    String volumeCaption;
    String issueNumber;
    String issueCaption;
    String editionNumber;
    String editionCaption;
    String lccn;
    String issn;
    String pageNumber;
    String pageSequence;

    void dateIssued(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (dateText == null) {
            dateText = text;
        }
        if (date == null) {
            date = isoDate(text);
            if (date != null) {
                dateText = text;
            }
        }
    }

    void detail(String type, boolean caption, String text) {
        if (text.isEmpty()) {
            return;
        }
        switch (type) {
            case "volume" -> {
                if (caption) {
                    volumeCaption = first(volumeCaption, text);
                } else {
                    volumeNumber = first(volumeNumber, text);
                }
            }
            case "issue" -> {
                if (caption) {
                    issueCaption = first(issueCaption, text);
                } else {
                    issueNumber = first(issueNumber, text);
                }
            }
            case "edition" -> {
                if (caption) {
                    editionCaption = first(editionCaption, text);
                } else {
                    editionNumber = first(editionNumber, text);
                }
            }
            case "page number", "page" -> {
                if (!caption) {
                    pageNumber = first(pageNumber, text);
                }
            }
            default -> {
                // sections, columns: not recorded
            }
        }
    }

    void fillFrom(ModsDescription other) {
        title = first(title, other.title);
        if (date == null && other.date != null) {
            date = other.date;
            dateText = other.dateText;
        }
        dateText = first(dateText, other.dateText);
        volumeNumber = first(volumeNumber, other.volumeNumber);
        volumeCaption = first(volumeCaption, other.volumeCaption);
        issueNumber = first(issueNumber, other.issueNumber);
        issueCaption = first(issueCaption, other.issueCaption);
        editionNumber = first(editionNumber, other.editionNumber);
        editionCaption = first(editionCaption, other.editionCaption);
        lccn = first(lccn, other.lccn);
        issn = first(issn, other.issn);
    }

    static String first(String kept, String offered) {
        return kept != null ? kept : offered;
    }

    /** {@code 1900-01-01}, {@code 1900-01-01T…} or {@code 19000101}; a year or a month alone is no issue date. */
    static LocalDate isoDate(String text) {
        String value = text.strip();
        try {
            if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
                return LocalDate.parse(value.substring(0, 10));
            }
            if (value.length() == 8 && value.chars().allMatch(Character::isDigit)) {
                return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
