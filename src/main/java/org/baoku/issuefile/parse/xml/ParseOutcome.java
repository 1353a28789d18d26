package org.baoku.issuefile.parse.xml;

import java.util.List;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Severity;
import org.baoku.issuefile.Source;

/** The status rule of every issue-file parser, for the XML ones: any ERROR rejects, any WARNING warns. */
final class ParseOutcome {

    static final String PARSER_FAILURE = "PARSER_FAILURE";

    private ParseOutcome() {
    }

    static ParseStatus status(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return ParseStatus.REJECTED;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
            return ParseStatus.ACCEPTED_WITH_WARNINGS;
        }
        return ParseStatus.ACCEPTED;
    }

    /** Nothing of the file enters the archive: no issue, no page, no articles; the findings say why. */
    static ParseResult rejected(Source source, List<Finding> findings) {
        return new ParseResult(source, ParseStatus.REJECTED, IssueMasthead.UNKNOWN, PageHeader.UNKNOWN, List.of(),
                List.of(), findings);
    }

    static ParseResult unreadable(Source source, XmlReadException reason) {
        return rejected(source, List.of(Finding.error(reason.code(), null, reason.getMessage())));
    }

    /** A bug of ours met a file no test foresaw: it must cost that file, not the whole run. */
    static ParseResult failure(Source source, Throwable bug) {
        return rejected(source, List.of(Finding.error(PARSER_FAILURE, null, "the parser failed on this file: " + bug)));
    }
}
