package org.baoku.issuefile.parse.body;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the page's blocks into articles. A stack of display lines opens an article; so does a byline or
 * dateline at the start of a paragraph (a new article even without a headline) and a 上接 mark. An article
 * takes the paragraphs that follow until a 下转 or end mark closes its part. Text standing outside every
 * part is kept apart as loose text, and titles with no text under them as displaced titles: the page
 * shows where they belong, or not, later.
 */
final class ArticleSegmenter {

    /**
     * @param displacedTitles title stacks with no article under them
     * @param looseParagraphs paragraphs outside any article part
     */
    public record Segmentation(List<ArticleDraft> articles, List<TitleGroup> displacedTitles,
                               List<Block> looseParagraphs) {
    }

    private final ParagraphReader reader;

    public ArticleSegmenter(ParagraphReader reader) {
        this.reader = reader;
    }

    public Segmentation segment(List<Block> blocks) {
        List<ArticleDraft> articles = new ArrayList<>();
        List<TitleGroup> displaced = new ArrayList<>();
        List<Block> loose = new ArrayList<>();
        List<Block> pendingTitles = new ArrayList<>();
        ArticleDraft current = null;
        for (Block block : blocks) {
            switch (block.kind()) {
                case SECTION_BREAK -> {
                    if (!pendingTitles.isEmpty()) {
                        displaced.add(TitleGroup.of(pendingTitles));
                        pendingTitles.clear();
                    }
                }
                case SUBTITLE -> {
                    if (pendingTitles.isEmpty() && isOpen(current) && current.hasTitles() && !current.hasBody()) {
                        current.takeSubtitle(block);
                    } else if (pendingTitles.isEmpty() && isOpen(current)) {
                        // a ——… line inside running text is text (an attribution, a quoted source)
                        current.take(block, reader.read(asParagraph(block)));
                    } else {
                        pendingTitles.add(block);
                    }
                }
                case HEADING, TITLE -> pendingTitles.add(block);
                case PARAGRAPH -> {
                    ParagraphReader.Reading reading = reader.read(block);
                    ArticleDraft target = targetFor(reading, current, pendingTitles);
                    if (target == null) {
                        loose.add(block);
                        continue;
                    }
                    if (target != current) {
                        articles.add(target);
                        pendingTitles.clear();
                        current = target;
                    }
                    current.take(block, reading);
                }
            }
        }
        if (!pendingTitles.isEmpty()) {
            displaced.add(TitleGroup.of(pendingTitles));
        }
        return new Segmentation(articles, displaced, loose);
    }

    /** The article a paragraph belongs to: the open one, a new one, or none (loose text). */
    private static ArticleDraft targetFor(ParagraphReader.Reading reading, ArticleDraft current, List<Block> pendingTitles) {
        if (!pendingTitles.isEmpty()) {
            return new ArticleDraft(TitleGroup.of(pendingTitles));
        }
        if (reading.byline() != null) {
            boolean secondBylineLine = isOpen(current) && !current.hasBody() && reading.text().isEmpty();
            return secondBylineLine ? current : new ArticleDraft(null);
        }
        if (reading.continuedFrom() != null) {
            return new ArticleDraft(null);
        }
        return isOpen(current) ? current : null;
    }

    private static boolean isOpen(ArticleDraft article) {
        return article != null && !article.isClosed();
    }

    private static Block asParagraph(Block block) {
        return new Block(Block.Kind.PARAGRAPH, block.lines(), block.text());
    }
}
