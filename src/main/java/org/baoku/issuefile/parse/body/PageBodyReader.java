package org.baoku.issuefile.parse.body;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.parse.Line;
import org.baoku.issuefile.parse.PageBody;

/**
 * Reads a page body for {@link org.baoku.issuefile.parse.PageBodyParser}. In order: the guide box is taken
 * out (it is never body); repeated passages are found and removed on the printed lines, since layout
 * damage copies whole lines, and where a copy stood in place of lost text that gap is reported; the remaining lines are joined into paragraphs and cut into articles;
 * headlines printed away from their article are attached where the page shows which article they head.
 */
public final class PageBodyReader {

    public static final String DUPLICATE_PASSAGE = "DUPLICATE_PASSAGE";
    public static final String TEXT_GAP = "TEXT_GAP";
    public static final String MISSING_HEADLINE = "MISSING_HEADLINE";
    public static final String ORPHAN_TEXT = "ORPHAN_TEXT";
    public static final String DISPLACED_HEADLINE = "DISPLACED_HEADLINE";

    private static final int QUOTED = 16;

    private final GuideParser guideParser = new GuideParser();
    private final LineRoles roles;
    private final PartBoundaries partBoundaries;
    private final DuplicatePassageDetector duplicates = new DuplicatePassageDetector();
    private final TextGapDetector gaps;
    private final LineJoiner joiner;
    private final ArticleSegmenter segmenter;
    private final OrphanHeadlineMatcher headlineMatcher = new OrphanHeadlineMatcher();

    public PageBodyReader() {
        BylineParser bylines = new BylineParser();
        ContinuationMarks marks = new ContinuationMarks();
        roles = new LineRoles(bylines, marks);
        partBoundaries = new PartBoundaries(roles);
        gaps = new TextGapDetector(roles);
        joiner = new LineJoiner(roles, new PlainTitleRule(roles));
        segmenter = new ArticleSegmenter(new ParagraphReader(bylines, marks));
    }

    /** @param lines the page's lines after masthead / page header, in file order, blank lines included */
    public PageBody read(List<Line> lines) {
        List<PrintedLine> printed = PrintedLine.read(lines);
        GuideParser.Guide guide = guideParser.parse(printed);
        List<PrintedLine> text = printed.stream().filter(line -> !guide.lines().contains(line.number())).toList();

        DuplicatePassageDetector.Duplicates copies = duplicates.detect(text, partBoundaries.outsideParts(text), bylineLines(text));
        List<TextGapDetector.Gap> textGaps =
                gaps.find(flow(printed, guide.lines(), Set.of()), copies.removedLines(), copies.copies());

        List<Block> blocks = joiner.join(flow(printed, guide.lines(), copies.removedLines()));
        ArticleSegmenter.Segmentation segmentation = segmenter.segment(blocks);
        List<ArticleDraft> drafts = segmentation.articles();

        List<Finding> findings = new ArrayList<>();
        placeDisplacedTitles(segmentation.displacedTitles(), drafts, findings);
        for (Block loose : segmentation.looseParagraphs()) {
            findings.add(Finding.warning(ORPHAN_TEXT, loose.firstLine(), "text outside any article, "
                    + range(loose.firstLine(), loose.lastLine()) + ": " + quote(loose.text())));
        }
        List<Article> articles = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            ArticleDraft draft = drafts.get(i);
            articles.add(draft.toArticle());
            if (!draft.hasHeadline() && !draft.isContinuation()) {
                findings.add(Finding.warning(MISSING_HEADLINE, draft.firstLine(),
                        "article without a headline: " + quote(firstParagraph(draft))).onArticle(i));
            }
        }
        reportDamage(copies.copies(), textGaps, articleOfLine(drafts), findings);
        findings.sort(Comparator.comparing(Finding::line, Comparator.nullsLast(Comparator.naturalOrder())));
        return new PageBody(articles, guide.entries(), findings);
    }

    /** Bylines repeat legitimately (one reporter, two stories), so they are never taken for copies. */
    private boolean[] bylineLines(List<PrintedLine> text) {
        boolean[] bylines = new boolean[text.size()];
        for (int i = 0; i < text.size(); i++) {
            bylines[i] = roles.isBylineOnly(text.get(i));
        }
        return bylines;
    }

    /** Copies and gaps concern the article that kept the text. */
    private static void reportDamage(List<DuplicatePassageDetector.Copy> copies, List<TextGapDetector.Gap> textGaps,
                                     Map<Integer, Integer> articleOfLine, List<Finding> findings) {
        for (DuplicatePassageDetector.Copy copy : copies) {
            String removed = range(copy.firstLine(), copy.lastLine());
            findings.add(onArticle(Finding.warning(DUPLICATE_PASSAGE, copy.firstLine(),
                    removed + (copy.lines().size() == 1 ? " repeats " : " repeat ")
                            + range(copy.originalFirst(), copy.originalLast()) + "; the copy at " + removed + " was removed"),
                    articleOfLine.get(copy.originalFirst())));
        }
        for (TextGapDetector.Gap gap : textGaps) {
            findings.add(onArticle(Finding.warning(TEXT_GAP, gap.after(),
                    "text missing between line " + gap.before() + " and line " + gap.after() + " ("
                            + gap.endBefore() + " / " + gap.startAfter() + ")"),
                    articleOfLine.get(gap.before())));
        }
    }

    private static Map<Integer, Integer> articleOfLine(List<ArticleDraft> drafts) {
        Map<Integer, Integer> articleOfLine = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            for (int line : drafts.get(i).lines()) {
                articleOfLine.putIfAbsent(line, i);
            }
        }
        return articleOfLine;
    }

    /**
     * A title stack with no article under it: a repeat of a headline already on the page is dropped; a
     * headline whose article the page shows is attached to it; any other stays out, reported.
     */
    private void placeDisplacedTitles(List<TitleGroup> displaced, List<ArticleDraft> drafts, List<Finding> findings) {
        Map<String, Integer> headlines = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).hasHeadline()) {
                headlines.putIfAbsent(ComparableText.fold(drafts.get(i).toArticle().headline()), i);
            }
        }
        for (TitleGroup titles : displaced) {
            String headline = titles.headline() == null ? titles.subtitle() : titles.headline();
            Integer repeated = titles.headline() == null ? null : headlines.get(ComparableText.fold(titles.headline()));
            if (repeated != null) {
                findings.add(Finding.warning(DUPLICATE_PASSAGE, titles.firstLine(), "line " + titles.firstLine()
                        + " repeats the headline " + quote(headline) + "; removed").onArticle(repeated));
                continue;
            }
            OptionalInt article = titles.headline() == null ? OptionalInt.empty() : headlineMatcher.match(titles, drafts);
            if (article.isPresent()) {
                drafts.get(article.getAsInt()).attachHeadline(titles);
                findings.add(Finding.info(DISPLACED_HEADLINE, titles.firstLine(),
                        "headline " + quote(headline) + " printed away from its article, attached to it")
                        .onArticle(article.getAsInt()));
            } else {
                findings.add(Finding.warning(ORPHAN_TEXT, titles.firstLine(),
                        "title with no article under it: " + quote(headline)));
            }
        }
    }

    /** The reading order: text lines, and one section break where each guide box stood. */
    private static List<FlowItem> flow(List<PrintedLine> printed, Set<Integer> guideLines, Set<Integer> removed) {
        List<FlowItem> flow = new ArrayList<>(printed.size());
        boolean inGuide = false;
        for (PrintedLine line : printed) {
            if (guideLines.contains(line.number())) {
                if (!inGuide) {
                    flow.add(new SectionBreak(line.number()));
                }
                inGuide = true;
            } else if (!removed.contains(line.number())) {
                flow.add(line);
                inGuide = false;
            }
        }
        return flow;
    }

    private static Finding onArticle(Finding finding, Integer article) {
        return article == null ? finding : finding.onArticle(article);
    }

    private static String firstParagraph(ArticleDraft draft) {
        return draft.paragraphs().isEmpty() ? "" : draft.paragraphs().get(0);
    }

    private static String range(int first, int last) {
        return first == last ? "line " + first : "lines " + first + "-" + last;
    }

    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        return "“" + (text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…") + "”";
    }
}
