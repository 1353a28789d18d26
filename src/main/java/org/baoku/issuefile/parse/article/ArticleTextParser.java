package org.baoku.issuefile.parse.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Byline;
import org.baoku.issuefile.BylineType;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.Layout;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Source;
import org.baoku.issuefile.parse.ContentHash;
import org.baoku.issuefile.parse.decode.DecodedText;
import org.baoku.issuefile.parse.decode.IssueFileDecoder;
import org.baoku.issuefile.parse.body.BylineParser;
import org.baoku.issuefile.parse.body.ContinuationMarks;

/**
 * Reads one article-per-file text ({@code YYYYMMDD-PP-NN.txt}) into a {@link ParseResult} with exactly one
 * {@link Article}: titles ({@link ArticleHead}), byline (a line of its own, the start of the first
 * paragraph, a bare spaced name under the titles, or a trailing {@code （张三）}), paragraphs
 * ({@link ArticleParagraphs}) without photo captions, and continuation marks. Date, page and the article's
 * number come from the file name, the publication from the delivery's descriptor.
 *
 * <p>Findings: {@value #NO_DELIVERY_DESCRIPTOR} (WARNING, publication unknown: the import uses its job
 * parameter), {@value DeliveryDescriptor#INVALID} (WARNING), {@value #MISSING_HEADLINE} (WARNING; INFO for
 * a continued part, which papers print without a headline), {@value #NO_BODY_TEXT} (WARNING),
 * {@value DatelineCheck#DATELINE_MISMATCH} (WARNING), {@value #PHOTO_CAPTION} (INFO, the caption left
 * out of the text), {@value #NOT_AN_ARTICLE_FILE_NAME} (ERROR: no date without the name),
 * {@code EMPTY_FILE}/{@code UNDECODABLE} from decoding (ERROR), {@value #PARSER_FAILURE} (ERROR, a bug of
 * ours). Status: REJECTED with any ERROR, ACCEPTED_WITH_WARNINGS with any WARNING, else ACCEPTED. Content
 * never makes it throw.
 *
 * <p>Thread-safe: one instance serves every thread, given a thread-safe {@link DescriptorLookup}.
 */
public final class ArticleTextParser {

    public static final String NO_DELIVERY_DESCRIPTOR = "NO_DELIVERY_DESCRIPTOR";
    public static final String MISSING_HEADLINE = "MISSING_HEADLINE";
    public static final String NO_BODY_TEXT = "NO_BODY_TEXT";
    public static final String PHOTO_CAPTION = "PHOTO_CAPTION";
    public static final String NOT_AN_ARTICLE_FILE_NAME = "NOT_AN_ARTICLE_FILE_NAME";
    public static final String ENCODING_OVERRIDE_FAILED = "ENCODING_OVERRIDE_FAILED";
    public static final String PARSER_FAILURE = "PARSER_FAILURE";

    private final DescriptorLookup descriptors;
    private final IssueFileDecoder decoder = new IssueFileDecoder();
    private final BylineParser bylines = new BylineParser();
    private final ContinuationMarks marks = new ContinuationMarks();
    private final ArticleParagraphs paragraphs = new ArticleParagraphs(bylines, marks);

    public ArticleTextParser(DescriptorLookup descriptors) {
        this.descriptors = descriptors;
    }

    /** Looks descriptors up next to the files ({@link NearbyDescriptor}, searching up to the root). */
    public ArticleTextParser() {
        this(new NearbyDescriptor());
    }

    /** The descriptor that applies to the file at {@code path}, if its delivery has one. */
    public Optional<DeliveryDescriptor> descriptorFor(String path) {
        try {
            return path == null ? Optional.empty() : descriptors.find(Path.of(path));
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }

    /**
     * Reads and parses an article file: a convenience for tools and tests; the import job decodes and
     * hashes files itself and calls {@link #parse(Source, DecodedText, ArticleFileName)}.
     */
    public ParseResult parse(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        String path = file.toString();
        DecodedText decoded = decode(path, content);
        Source source = new Source(path, ContentHash.sha256(content), decoded.encoding(), content.length, Layout.ARTICLE_TEXT);
        return parse(source, decoded, ArticleFileName.of(file).orElse(null));
    }

    /**
     * Decodes an article file's bytes: in the encoding its delivery's descriptor names when it names one
     * (falling back to detection, with a WARNING {@value #ENCODING_OVERRIDE_FAILED}, should the bytes not
     * be in it), else by {@link IssueFileDecoder}'s detection.
     */
    public DecodedText decode(String path, byte[] content) {
        Charset named = descriptorFor(path).map(DeliveryDescriptor::encoding).orElse(null);
        if (named == null || content.length == 0) {
            return decoder.decode(content);
        }
        try {
            String text = named.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                return decoder.decode(content);
            }
            return new DecodedText(text, named.name(), List.of());
        } catch (CharacterCodingException notInThatEncoding) {
            DecodedText detected = decoder.decode(content);
            List<Finding> findings = new ArrayList<>(detected.findings());
            findings.add(Finding.warning(ENCODING_OVERRIDE_FAILED, null, "the delivery says " + named.name()
                    + ", but the file is not valid " + named.name() + "; it was read as " + detected.encoding()));
            return new DecodedText(detected.text(), detected.encoding(), findings);
        }
    }

    /**
     * @param source  the file as the caller read it; its layout is recorded as {@link Layout#ARTICLE_TEXT}
     * @param decoded its decoded text (a rejected decoding gives a REJECTED result)
     * @param name    the reading of its file name, or {@code null} to read it from {@code source.path()}
     */
    public ParseResult parse(Source source, DecodedText decoded, ArticleFileName name) {
        Source article = source.layout() == Layout.ARTICLE_TEXT ? source : source.withLayout(Layout.ARTICLE_TEXT);
        List<Finding> findings = new ArrayList<>(decoded.findings());
        if (decoded.rejected()) {
            return ParseResult.rejected(article, findings);
        }
        try {
            return read(article, decoded.text(), name != null ? name : nameOf(article.path()), findings);
        } catch (RuntimeException | StackOverflowError bug) {
            // an article no test foresaw must cost one file, not the whole run
            findings.add(Finding.error(PARSER_FAILURE, null, "the parser failed on this file: " + bug));
            return ParseResult.rejected(article, findings);
        }
    }

    private ParseResult read(Source source, String text, ArticleFileName name, List<Finding> findings) {
        if (name == null) {
            findings.add(Finding.error(NOT_AN_ARTICLE_FILE_NAME, null, "the file name " + source.path()
                    + " is not YYYYMMDD-PP-NN.txt with a real date, so its date and page are unknown"));
            return ParseResult.rejected(source, findings);
        }
        Optional<DeliveryDescriptor> descriptor = descriptorFor(source.path());
        descriptor.ifPresentOrElse(d -> findings.addAll(d.findings()),
                () -> findings.add(Finding.warning(NO_DELIVERY_DESCRIPTOR, null, "no " + DeliveryDescriptor.FILE_NAME
                        + " in the file's directory or above it: the publication is unknown")));
        IntFunction<String> labels = descriptor.<IntFunction<String>>map(d -> d::pageLabel)
                .orElse(page -> String.format(ArticleFileName.DEFAULT_PAGE_LABEL_FORMAT, page));

        List<ArticleLine> lines = ArticleLine.read(text);
        if (lines.isEmpty()) {
            findings.add(Finding.error(IssueFileDecoder.EMPTY_FILE, null, "the file holds only white space"));
            return ParseResult.rejected(source, findings);
        }
        boolean anyIndented = lines.stream().anyMatch(ArticleLine::indented);
        boolean indentSetsTitlesApart = anyIndented && !lines.stream().allMatch(ArticleLine::indented);
        ArticleHead head = ArticleHead.read(lines, indentSetsTitlesApart, bylines, marks);
        Article article = body(head, lines.subList(head.bodyStart(), lines.size()), anyIndented, labels, name, findings);

        IssueMasthead issue = new IssueMasthead(descriptor.map(DeliveryDescriptor::publication).orElse(null), null,
                null, name.date(), null, null, null, null, null, null);
        PageHeader page = new PageHeader(labels.apply(name.page()), null, null);
        return new ParseResult(source, ParseStatus.of(findings), issue, page, List.of(article), List.of(), findings);
    }

    private Article body(ArticleHead head, List<ArticleLine> lines, boolean indented, IntFunction<String> labels,
                         ArticleFileName name, List<Finding> findings) {
        Byline byline = head.author() == null ? null
                : new Byline(BylineType.OTHER, null, null, null, List.of(head.author()));
        int bylineLine = head.firstLine();
        List<String> texts = new ArrayList<>();
        List<Integer> textLines = new ArrayList<>();
        String continuedFrom = null;
        String continuedTo = null;
        String jumpKey = null;
        for (ArticleParagraphs.Paragraph paragraph : paragraphs.cut(lines, indented)) {
            if (paragraph.caption()) {
                findings.add(Finding.info(PHOTO_CAPTION, paragraph.firstLine(),
                        "a photo caption or credit, left out of the text: " + paragraph.text()).onArticle(0));
                continue;
            }
            ContinuationMarks.Marked marked = marks.read(paragraph.text());
            continuedFrom = marked.continuedFrom() != null ? label(marked.continuedFrom(), labels) : continuedFrom;
            continuedTo = marked.continuedTo() != null ? label(marked.continuedTo(), labels) : continuedTo;
            jumpKey = marked.jumpKey() != null ? marked.jumpKey() : jumpKey;
            String rest = marked.text();
            if (texts.isEmpty()) {
                // a byline stands before the text: on lines of its own or opening the first paragraph
                Optional<BylineParser.BylineMatch> match = bylines.parseStart(rest);
                if (match.isPresent()) {
                    byline = merge(byline, match.get().byline());
                    bylineLine = paragraph.firstLine();
                    rest = match.get().rest();
                }
            }
            if (!rest.isEmpty()) {
                texts.add(rest);
                textLines.add(paragraph.firstLine());
            }
        }
        if (!texts.isEmpty()) {
            int last = texts.size() - 1;
            Optional<BylineParser.TrailingCredit> credit = bylines.parseTrailingCredit(texts.get(last));
            if (credit.isPresent()) {
                byline = merge(byline, credit.get().byline());
                if (credit.get().before().isEmpty()) {
                    texts.remove(last);
                } else {
                    texts.set(last, credit.get().before());
                }
            }
        }
        if (texts.isEmpty()) {
            findings.add(Finding.warning(NO_BODY_TEXT, head.firstLine(), "the article has no text below its titles")
                    .onArticle(0));
        }
        if (head.headline() == null) {
            int at = head.firstLine();
            findings.add((continuedFrom != null
                    ? Finding.info(MISSING_HEADLINE, at, "the continued part from page " + continuedFrom
                    + " prints no headline of its own")
                    : Finding.warning(MISSING_HEADLINE, at, "no line above the text reads as a headline")).onArticle(0));
        }
        DatelineCheck.check(byline, name.date(), bylineLine).ifPresent(f -> findings.add(f.onArticle(0)));
        return new Article(null, head.kicker(), head.headline(), head.subtitle(), byline, texts, continuedTo,
                continuedFrom, jumpKey, name.number(), List.of());
    }

    /**
     * Two credits of one article (a staff line, then a dateline opening the text; or a trailing name): the
     * dateline's kind, place and date, everyone named by either.
     */
    private static Byline merge(Byline known, Byline more) {
        if (known == null) {
            return more;
        }
        Set<String> reporters = new LinkedHashSet<>(known.reporters());
        reporters.addAll(more.reporters());
        boolean moreIsDateline = more.date() != null || more.place() != null || more.agency() != null;
        BylineType type = moreIsDateline && known.date() == null && known.agency() == null ? more.type() : known.type();
        return new Byline(type, first(known.agency(), more.agency()), first(known.place(), more.place()),
                first(known.date(), more.date()), List.copyOf(reporters));
    }

    /** A page printed as a bare number ({@code 5}, from 第五版) is labelled in the delivery's scheme ({@code 05}). */
    private static String label(String printed, IntFunction<String> labels) {
        if (!printed.isEmpty() && printed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int page = Integer.parseInt(printed);
            return page >= 1 && page <= ArticleFileName.HIGHEST_NUMBER ? labels.apply(page) : printed;
        }
        return printed;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static ArticleFileName nameOf(String path) {
        try {
            return path == null ? null : ArticleFileName.of(Path.of(path)).orElse(null);
        } catch (InvalidPathException notAPath) {
            return null;
        }
    }
}
