package org.baoku.issuefile;

import java.util.List;

/** The reading of one issue file: the JSON object of the parse-result contract. */
public record ParseResult(
        Source source,
        ParseStatus status,
        IssueMasthead issue,
        PageHeader page,
        List<Article> articles,
        List<GuideEntry> guide,
        List<Finding> findings) {

    public ParseResult {
        articles = List.copyOf(articles);
        guide = List.copyOf(guide);
        findings = List.copyOf(findings);
    }

    /** Nothing of the file enters the archive: no issue, no page, no articles; the findings say why. */
    public static ParseResult rejected(Source source, List<Finding> findings) {
        return new ParseResult(source, ParseStatus.REJECTED, IssueMasthead.UNKNOWN, PageHeader.UNKNOWN, List.of(),
                List.of(), findings);
    }

    public boolean rejected() {
        return status == ParseStatus.REJECTED;
    }

    /** The first ERROR finding, which is why a REJECTED file was rejected. */
    public Finding rejectionReason() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElse(null);
    }
}
