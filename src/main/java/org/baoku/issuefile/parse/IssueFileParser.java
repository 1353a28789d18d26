package org.baoku.issuefile.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.Layout;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Severity;
import org.baoku.issuefile.Source;
import org.baoku.issuefile.parse.article.ArticleFileName;
import org.baoku.issuefile.parse.article.ArticleTextParser;
import org.baoku.issuefile.parse.article.ArticleTextSignals;
import org.baoku.issuefile.parse.article.NearbyDescriptor;
import org.baoku.issuefile.parse.decode.DecodedText;
import org.baoku.issuefile.parse.decode.IssueFileDecoder;
import org.baoku.issuefile.parse.head.FrontPageLabel;
import org.baoku.issuefile.parse.head.PageTop;
import org.baoku.issuefile.parse.head.PageTopReader;
import org.baoku.issuefile.validate.CheckedPage;
import org.baoku.issuefile.validate.IssueValidator;

/**
 * Reads one issue file into a {@link ParseResult}: the one entry point of the CLI and the import job.
 *
 * <p>Pipeline: size check → sha256 → decode → lines → masthead or page header → body
 * ({@link PageBodyParser}) → validation → status. Content never makes it throw: what cannot be read as a
 * newspaper page is REJECTED with an ERROR finding saying why ({@code FILE_TOO_LARGE}, {@code EMPTY_FILE},
 * {@code UNDECODABLE}, {@code NOT_AN_ISSUE_FILE}, or {@code PARSER_FAILURE} should a bug of ours meet an
 * unforeseen page). The status is REJECTED with any ERROR, ACCEPTED_WITH_WARNINGS with any WARNING, else
 * ACCEPTED.
 *
 * <p>Thread-safe and reusable: one instance serves every thread.
 */
public final class IssueFileParser {

    public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    public static final String NOT_AN_ISSUE_FILE = "NOT_AN_ISSUE_FILE";
    public static final String NO_MASTHEAD = "NO_MASTHEAD";
    public static final String PARSER_FAILURE = "PARSER_FAILURE";

    private final ParserOptions options;
    private final IssueFileDecoder decoder = new IssueFileDecoder();
    private final PageTopReader topReader = new PageTopReader();
    private final PageBodyParser bodyParser = new PageBodyParser();
    private final IssueValidator validator = new IssueValidator();
    private final ArticleTextParser articleParser;
    private final ArticleTextSignals articleSignals = new ArticleTextSignals();

    public IssueFileParser(ParserOptions options) {
        this.options = options;
        this.articleParser = new ArticleTextParser(new NearbyDescriptor());
    }

    public IssueFileParser() {
        this(ParserOptions.defaults());
    }

    /**
     * Reads and parses a file. The size is checked before anything is read, so a huge file costs no
     * memory: it is rejected as {@code FILE_TOO_LARGE} unread (and unhashed: its sha256 is {@code null}).
     *
     * @throws IOException only when the file cannot be read at all (missing, a directory, no permission)
     */
    public ParseResult parse(Path file) throws IOException {
        String path = file.toString();
        long size = Files.size(file);
        if (size > options.maxFileBytes()) {
            return tooLarge(path, size);
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            // the file may have grown since its size was taken: never read more than one byte past the limit
            content = in.readNBytes((int) options.maxFileBytes() + 1);
        }
        if (content.length > options.maxFileBytes()) {
            return tooLarge(path, content.length);
        }
        return parse(path, content);
    }

    /** Parses content already in memory; {@code path} is only recorded. */
    public ParseResult parse(String path, byte[] content) {
        if (content.length > options.maxFileBytes()) {
            return tooLarge(path, content.length);
        }
        String sha256 = sha256(content);
        Optional<ArticleFileName> articleName = ArticleFileName.parse(fileNameOf(path));
        // an article file's delivery may name its encoding; any other text is detected
        DecodedText decoded = articleName.isPresent() ? articleParser.decode(path, content) : decoder.decode(content);
        Source source = new Source(path, sha256, decoded.encoding(), content.length, Layout.PAGE_TEXT);
        if (decoded.rejected()) {
            return rejected(source, decoded.findings());
        }
        // the name says which article it would be; only the text says whether it is one, and not a page
        if (articleName.isPresent() && articleSignals.looksLikeOneArticle(decoded.text())) {
            return articleParser.parse(source.withLayout(Layout.ARTICLE_TEXT), decoded, articleName.get());
        }
        try {
            return parseText(source, decoded);
        } catch (RuntimeException | StackOverflowError bug) {
            // a page no test foresaw must cost one file, not the whole run
            List<Finding> findings = new ArrayList<>(decoded.findings());
            findings.add(Finding.error(PARSER_FAILURE, null, "the parser failed on this file: " + bug));
            return rejected(source, findings);
        }
    }

    private ParseResult parseText(Source source, DecodedText decoded) {
        List<Line> lines = LineSplitter.split(decoded.text());
        PageTop top = topReader.read(lines);
        PageBody body = bodyParser.parse(top.body());

        List<Finding> findings = new ArrayList<>(decoded.findings());
        findings.addAll(top.findings());
        if (!top.masthead() && !top.pageHeader()) {
            if (!IssueSignals.present(decoded.text(), body)) {
                findings.add(Finding.error(NOT_AN_ISSUE_FILE, null,
                        "readable text, but no newspaper page: no masthead, no page header, no headline, byline or continuation"));
                return rejected(source, findings);
            }
            findings.add(Finding.warning(NO_MASTHEAD, null, "the page prints neither a masthead nor a page header"));
        }
        findings.addAll(body.findings());
        findings.addAll(validator.validate(new CheckedPage(top.issue(), top.headLine(), body.articles(), body.guide())));

        PageHeader page = top.page();
        if (top.masthead() && page.label() == null) {
            page = new PageHeader(FrontPageLabel.of(body), page.section(), page.editor());
        }
        return new ParseResult(source, status(findings), top.issue(), page, body.articles(), body.guide(), findings);
    }

    private static String fileNameOf(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private ParseResult tooLarge(String path, long size) {
        Finding reason = Finding.error(FILE_TOO_LARGE, null, "the file has " + size + " bytes, more than the "
                + options.maxFileBytes() + " an issue file may have; it was not read");
        return rejected(new Source(path, null, null, size), List.of(reason));
    }

    private static ParseResult rejected(Source source, List<Finding> findings) {
        return new ParseResult(source, ParseStatus.REJECTED, IssueMasthead.UNKNOWN, PageHeader.UNKNOWN, List.of(),
                List.of(), findings);
    }

    private static ParseStatus status(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return ParseStatus.REJECTED;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
            return ParseStatus.ACCEPTED_WITH_WARNINGS;
        }
        return ParseStatus.ACCEPTED;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
