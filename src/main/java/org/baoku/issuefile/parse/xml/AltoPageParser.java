package org.baoku.issuefile.parse.xml;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.Layout;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.ParseStatus;
import org.baoku.issuefile.Source;
import org.baoku.issuefile.TextRegion;

/**
 * Reads one ALTO page into a {@link ParseResult}, placed in its issue by the METS that names it.
 *
 * <p>With a logical structure in the METS, the page's articles are the METS articles with blocks on this
 * page (headline from their title blocks, else their label); blocks of no article follow, one untitled
 * article each. Without one, each text block (or composed block) is one untitled article, and an INFO
 * finding says so: these are text units, not articles. Every article keeps its blocks' boxes.
 *
 * <p>Content never makes it throw: unreadable XML, a page without text or without METS is REJECTED with
 * an ERROR finding; a bug of ours is {@code PARSER_FAILURE}. Thread-safe if its {@link MetsLookup} is.
 */
public final class AltoPageParser {

    public static final String ALTO_WITHOUT_METS = "ALTO_WITHOUT_METS";
    public static final String EMPTY_FILE = "EMPTY_FILE";
    public static final String LOW_OCR_CONFIDENCE = "LOW_OCR_CONFIDENCE";
    public static final String NO_ARTICLE_STRUCTURE = "NO_ARTICLE_STRUCTURE";
    public static final String BLOCKS_OUTSIDE_ARTICLES = "BLOCKS_OUTSIDE_ARTICLES";
    public static final String ARTICLE_BLOCK_MISSING = "ARTICLE_BLOCK_MISSING";
    public static final String PARSER_FAILURE = ParseOutcome.PARSER_FAILURE;

    private final MetsLookup metsLookup;
    private final AltoParserOptions options;
    private final AltoPageReader reader;

    public AltoPageParser(MetsLookup metsLookup, AltoParserOptions options) {
        this.metsLookup = metsLookup;
        this.options = options;
        this.reader = new AltoPageReader(options.limits());
    }

    public AltoPageParser(MetsLookup metsLookup) {
        this(metsLookup, AltoParserOptions.defaults());
    }

    /** {@code source.path()} is the ALTO file's path, by which its METS is found. */
    public ParseResult parse(Source source, byte[] content) {
        Source alto = source.layout() == null ? source.withLayout(Layout.ALTO) : source;
        try {
            return read(alto, content);
        } catch (RuntimeException | StackOverflowError bug) {
            return ParseOutcome.failure(alto, bug);
        }
    }

    private ParseResult read(Source source, byte[] content) {
        AltoPage page;
        try {
            page = reader.read(content);
        } catch (XmlReadException unreadable) {
            return ParseOutcome.unreadable(source, unreadable);
        }
        if (!page.hasText()) {
            return ParseOutcome.rejected(source, List.of(Finding.error(EMPTY_FILE, null,
                    "the ALTO file holds no text (" + page.blocks().size() + " text blocks, " + page.words() + " words)")));
        }
        List<Finding> findings = new ArrayList<>();
        confidence(page).ifPresent(findings::add);

        Optional<MetsMatch> match = metsOf(source.path());
        if (match.isEmpty()) {
            findings.add(0, Finding.error(ALTO_WITHOUT_METS, null, "no METS file names this ALTO file, so the page has "
                    + "no issue date or issue; looked in " + whereLooked(source.path())));
            return ParseOutcome.rejected(source, findings);
        }
        MetsMatch mets = match.get();
        List<Article> articles = articles(page, mets, findings);
        return new ParseResult(source, ParseStatus.of(findings), mets.issue().masthead(),
                new PageHeader(mets.page().label(), null, null), articles, List.of(), findings);
    }

    private Optional<Finding> confidence(AltoPage page) {
        OptionalDouble mean = page.meanWordConfidence();
        if (mean.isEmpty() || mean.getAsDouble() >= options.minMeanWordConfidence()) {
            return Optional.empty();
        }
        return Optional.of(Finding.warning(LOW_OCR_CONFIDENCE, null, String.format(Locale.ROOT,
                "mean word confidence %.2f over %d words, below %.2f", mean.getAsDouble(), page.scoredWords(),
                options.minMeanWordConfidence())));
    }

    private Optional<MetsMatch> metsOf(String path) {
        try {
            return metsLookup.find(Path.of(path));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private String whereLooked(String path) {
        try {
            return metsLookup.whereLooked(Path.of(path));
        } catch (InvalidPathException e) {
            return "nowhere: '" + path + "' is no path";
        }
    }

    private List<Article> articles(AltoPage page, MetsMatch mets, List<Finding> findings) {
        String fileId = mets.page().altoFileId();
        List<MetsArticle> onPage = mets.issue().articles().stream()
                .filter(article -> !article.areasIn(fileId).isEmpty()).toList();
        if (onPage.isEmpty()) {
            findings.add(Finding.info(NO_ARTICLE_STRUCTURE, null, mets.issue().articles().isEmpty()
                    ? "the METS has no logical structure: each text block of the page is read as one untitled text unit, not an article"
                    : "the METS names no article on this page: each text block is read as one untitled text unit"));
            return blockArticles(page.blocks());
        }
        Map<String, AltoBlock> blocksById = new HashMap<>();
        for (AltoBlock block : page.blocks()) {
            if (block.id() != null) {
                blocksById.putIfAbsent(block.id(), block);
            }
        }
        List<Article> articles = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (MetsArticle article : onPage) {
            StringBuilder headline = new StringBuilder();
            List<String> paragraphs = new ArrayList<>();
            List<TextRegion> regions = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (MetsArea area : article.areasIn(fileId)) {
                AltoBlock block = blocksById.get(area.blockId());
                if (block == null) {
                    missing.add(area.blockId());
                    continue;
                }
                used.add(block.id());
                regions.add(block.region());
                String text = block.text();
                if (text.isEmpty()) {
                    continue;
                }
                if (area.heading()) {
                    BlockParagraph.append(headline, text);
                } else {
                    paragraphs.add(text);
                }
            }
            if (!missing.isEmpty()) {
                findings.add(Finding.warning(ARTICLE_BLOCK_MISSING, null, "article " + describe(article)
                        + " points to text blocks this ALTO file does not have: " + String.join(", ", missing))
                        .onArticle(articles.size()));
            }
            String title = !headline.isEmpty() ? headline.toString() : article.label();
            articles.add(new Article(null, null, title, null, null, paragraphs, null, null, null, null, regions));
        }
        List<AltoBlock> outside = page.blocks().stream()
                .filter(block -> block.id() == null || !used.contains(block.id()))
                .filter(block -> !block.text().isEmpty()).toList();
        if (!outside.isEmpty()) {
            findings.add(Finding.info(BLOCKS_OUTSIDE_ARTICLES, null, outside.size()
                    + " text blocks of the page belong to no METS article; each is read as one untitled text unit"));
            articles.addAll(blockArticles(outside));
        }
        return articles;
    }

    /** One untitled article per text block, or per composed block for the blocks grouped in one. */
    private static List<Article> blockArticles(List<AltoBlock> blocks) {
        Map<Object, List<AltoBlock>> units = new LinkedHashMap<>();
        for (AltoBlock block : blocks) {
            Object key = block.group() != null ? block.group() : block;
            units.computeIfAbsent(key, k -> new ArrayList<>()).add(block);
        }
        List<Article> articles = new ArrayList<>();
        for (List<AltoBlock> unit : units.values()) {
            List<String> paragraphs = unit.stream().map(AltoBlock::text).filter(text -> !text.isEmpty()).toList();
            if (paragraphs.isEmpty()) {
                continue;
            }
            List<TextRegion> regions = unit.stream().map(AltoBlock::region).toList();
            articles.add(new Article(null, null, null, null, null, paragraphs, null, null, null, null, regions));
        }
        return articles;
    }

    private static String describe(MetsArticle article) {
        return article.label() != null ? "'" + article.label() + "'" : article.id() != null ? article.id() : "(unnamed)";
    }
}
