package org.baoku.issuefile.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.Layout;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
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
import org.baoku.issuefile.parse.xml.AltoPageParser;
import org.baoku.issuefile.parse.xml.MetsFileParser;
import org.baoku.issuefile.parse.xml.NearbyMets;
import org.baoku.issuefile.parse.xml.XmlRoot;
import org.baoku.issuefile.validate.CheckedPage;
import org.baoku.issuefile.validate.IssueValidator;

/**
 * Reads one delivered file into a {@link ParseResult}: the one entry point of the CLI and the import job.
 *
 * <p>First the layout ({@code source.layout}), from the content: XML by its root element — ALTO
 * ({@link AltoPageParser}, placed in its issue by the METS that names it) or METS and NDNP batch files
 * ({@link MetsFileParser}); text named {@code YYYYMMDD-PP-NN} whose text is one article
 * ({@link ArticleTextParser}); any other text is a page. A page's pipeline: size check → sha256 → decode
 * → lines → masthead or page header → body ({@link PageBodyParser}) → validation → status. Content never makes it throw: what cannot be read as a
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
    private final AltoPageParser altoParser = new AltoPageParser(new NearbyMets());
    private final MetsFileParser metsParser = new MetsFileParser();

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
        String sha256 = ContentHash.sha256(content);
        Optional<XmlRoot> xml = XmlRoot.of(content);
        if (xml.isPresent() || declaresXml(content)) {
            return parseXml(new Source(path, sha256, "UTF-8", content.length), xml, content);
        }
        Optional<ArticleFileName> articleName = ArticleFileName.parse(fileNameOf(path));
        // an article file's delivery may name its encoding; any other text is detected
        DecodedText decoded = articleName.isPresent() ? articleParser.decode(path, content) : decoder.decode(content);
        Source source = new Source(path, sha256, decoded.encoding(), content.length, Layout.PAGE_TEXT);
        if (decoded.rejected()) {
            return ParseResult.rejected(source, decoded.findings());
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
            return ParseResult.rejected(source, findings);
        }
    }

    /**
     * ALTO and METS by their root element; XML of any other root is no issue file. An XML declaration
     * whose root cannot be read goes to the ALTO reader, which says what is wrong with it.
     */
    private ParseResult parseXml(Source source, Optional<XmlRoot> root, byte[] content) {
        if (root.isEmpty() || root.get().isAlto()) {
            return altoParser.parse(source.withLayout(Layout.ALTO), content);
        }
        if (root.get().isMets() || root.get().isNdnpBatch()) {
            return metsParser.parse(source.withLayout(Layout.METS), content);
        }
        return ParseResult.rejected(source, List.of(Finding.error(NOT_AN_ISSUE_FILE, null, "XML, but neither ALTO nor METS: its "
                + "root element is <" + root.get().localName() + ">"
                + (root.get().namespaceUri().isEmpty() ? "" : " of " + root.get().namespaceUri()))));
    }

    /** Whether the bytes open with an XML declaration (after a UTF-8 byte order mark and blanks). */
    private static boolean declaresXml(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        byte[] declaration = "<?xml".getBytes(StandardCharsets.US_ASCII);
        return content.length - i >= declaration.length
                && Arrays.equals(content, i, i + declaration.length, declaration, 0, declaration.length);
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
                return ParseResult.rejected(source, findings);
            }
            findings.add(Finding.warning(NO_MASTHEAD, null, "the page prints neither a masthead nor a page header"));
        }
        findings.addAll(body.findings());
        findings.addAll(validator.validate(new CheckedPage(top.issue(), top.headLine(), body.articles(), body.guide())));

        PageHeader page = top.page();
        if (top.masthead() && page.label() == null) {
            page = new PageHeader(FrontPageLabel.of(body), page.section(), page.editor());
        }
        return new ParseResult(source, ParseStatus.of(findings), top.issue(), page, body.articles(), body.guide(), findings);
    }

    private static String fileNameOf(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private ParseResult tooLarge(String path, long size) {
        Finding reason = Finding.error(FILE_TOO_LARGE, null, "the file has " + size + " bytes, more than the "
                + options.maxFileBytes() + " an issue file may have; it was not read");
        return ParseResult.rejected(new Source(path, null, null, size), List.of(reason));
    }
}
