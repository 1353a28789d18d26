package org.baoku.issuefile.parse.xml;

import java.util.List;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.Source;

/** How the XML parsers end a file they cannot read: rejected, with the reason. */
final class ParseOutcome {

    static final String PARSER_FAILURE = "PARSER_FAILURE";

    private ParseOutcome() {
    }

    static ParseResult rejected(Source source, List<Finding> findings) {
        return ParseResult.rejected(source, findings);
    }

    static ParseResult unreadable(Source source, XmlReadException reason) {
        return rejected(source, List.of(Finding.error(reason.code(), null, reason.getMessage())));
    }

    /** A bug of ours met a file no test foresaw: it must cost that file, not the whole run. */
    static ParseResult failure(Source source, Throwable bug) {
        return rejected(source, List.of(Finding.error(PARSER_FAILURE, null, "the parser failed on this file: " + bug)));
    }
}
