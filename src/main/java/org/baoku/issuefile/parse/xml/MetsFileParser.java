package org.baoku.issuefile.parse.xml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.Layout;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Source;

/**
 * Reads a file of the METS layout into a {@link ParseResult}: an issue's METS (the issue, and whether
 * every page it lists has its ALTO file on disk) or an NDNP {@code batch.xml} (whether every issue it
 * lists is there). The pages' text comes from their ALTO files, read on their own by
 * {@link AltoPageParser}; this result has no page and no articles.
 *
 * <p>Content never makes it throw: every problem is a finding, a bug of ours is {@code PARSER_FAILURE}.
 * Thread-safe.
 */
public final class MetsFileParser {

    public static final String NO_ISSUE_DATE = "NO_ISSUE_DATE";
    public static final String MISSING_PAGES = "MISSING_PAGES";
    public static final String NO_PAGES = "NO_PAGES";
    public static final String MISSING_ISSUE = "MISSING_ISSUE";
    public static final String BATCH_ISSUES = "BATCH_ISSUES";
    public static final String PARSER_FAILURE = ParseOutcome.PARSER_FAILURE;

    private final MetsIssueReader metsReader;
    private final NdnpBatchReader batchReader;

    public MetsFileParser(XmlLimits limits) {
        this.metsReader = new MetsIssueReader(limits);
        this.batchReader = new NdnpBatchReader(limits);
    }

    public MetsFileParser() {
        this(XmlLimits.DEFAULT);
    }

    /** {@code source.path()} is the file's path, against whose directory the files it lists are resolved. */
    public ParseResult parse(Source source, byte[] content) {
        Source mets = source.layout() == null ? source.withLayout(Layout.METS) : source;
        try {
            Path file = Path.of(mets.path());
            Optional<XmlRoot> root = XmlRoot.of(content);
            return root.isPresent() && root.get().isNdnpBatch() ? batch(mets, content, file) : issue(mets, content, file);
        } catch (XmlReadException unreadable) {
            return ParseOutcome.unreadable(mets, unreadable);
        } catch (RuntimeException | StackOverflowError bug) {
            return ParseOutcome.failure(mets, bug);
        }
    }

    private ParseResult issue(Source source, byte[] content, Path file) throws XmlReadException {
        MetsIssue issue = metsReader.read(content, file);
        List<Finding> findings = new ArrayList<>();
        if (issue.date() == null) {
            findings.add(Finding.error(NO_ISSUE_DATE, null, issue.dateText() == null
                    ? "the METS gives no issue date (MODS dateIssued)"
                    : "the METS issue date '" + issue.dateText() + "' is no full ISO date"));
            return ParseOutcome.rejected(source, findings);
        }
        if (issue.pages().isEmpty()) {
            findings.add(Finding.warning(NO_PAGES, null, "the METS lists no page (no div TYPE=\"page\" or \"np:page\")"));
        }
        for (MetsPage page : issue.pages()) {
            if (page.altoFileId() == null) {
                findings.add(Finding.warning(MISSING_PAGES, null, "page " + page.label() + " (order " + page.order()
                        + ") names no ALTO file"));
            } else if (page.altoPath() != null && !Files.isRegularFile(page.altoPath())) {
                findings.add(Finding.warning(MISSING_PAGES, null, "page " + page.label() + ": its ALTO file "
                        + page.altoHref() + " is not there (" + page.altoPath() + ")"));
            }
        }
        return new ParseResult(source, ParseStatus.of(findings), issue.masthead(), PageHeader.UNKNOWN, List.of(),
                List.of(), findings);
    }

    private ParseResult batch(Source source, byte[] content, Path file) throws XmlReadException {
        NdnpBatch batch = batchReader.read(content, file);
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.info(BATCH_ISSUES, null, "NDNP batch " + (batch.name() == null ? "(unnamed)" : batch.name())
                + " lists " + batch.issues().size() + " issues on " + batch.reels() + " reels"));
        for (NdnpBatch.Issue issue : batch.issues()) {
            if (issue.path() == null || !Files.isRegularFile(issue.path())) {
                findings.add(Finding.warning(MISSING_ISSUE, null, "issue " + issue.issueDate() + " of " + issue.lccn()
                        + " (edition " + issue.editionOrder() + "): its METS " + issue.href() + " is not there"));
            }
        }
        return new ParseResult(source, ParseStatus.of(findings), IssueMasthead.UNKNOWN, PageHeader.UNKNOWN,
                List.of(), List.of(), findings);
    }
}
