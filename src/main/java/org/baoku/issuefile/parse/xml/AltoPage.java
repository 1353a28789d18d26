package org.baoku.issuefile.parse.xml;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What one ALTO file says about its page.
 *
 * @param version          the ALTO namespace, {@code ""} for the old namespace-less ALTO
 * @param measurementUnit  {@code pixel}, {@code mm10} or {@code inch1200}: the unit of every box, or null
 * @param width            page width ({@code Page/@WIDTH}), or null
 * @param height           page height, or null
 * @param blocks           the text blocks in reading order (document order within the print space)
 * @param words            number of words
 * @param scoredWords      number of words that carry a word confidence
 * @param confidenceSum    sum of those confidences
 */
public record AltoPage(String version, String measurementUnit, Integer width, Integer height, List<AltoBlock> blocks,
                       int words, int scoredWords, double confidenceSum) {

    public AltoPage {
        blocks = List.copyOf(blocks);
    }

    /** Mean word confidence, or empty when no word carries one. */
    public OptionalDouble meanWordConfidence() {
        return scoredWords == 0 ? OptionalDouble.empty() : OptionalDouble.of(confidenceSum / scoredWords);
    }

    /** Whether the page holds any text at all. */
    public boolean hasText() {
        return blocks.stream().anyMatch(block -> !block.text().isBlank());
    }
}
