package org.baoku.issuefile.parse.xml;

/**
 * How {@link AltoPageParser} judges a page.
 *
 * @param minMeanWordConfidence a page whose mean word confidence ({@code WC}) is below this gets a
 *                              {@code LOW_OCR_CONFIDENCE} warning: its text will match searches poorly
 * @param limits                bounds on the XML
 */
public record AltoParserOptions(double minMeanWordConfidence, XmlLimits limits) {

    public static final double DEFAULT_MIN_MEAN_WORD_CONFIDENCE = 0.6;

    public AltoParserOptions {
        if (!(minMeanWordConfidence >= 0 && minMeanWordConfidence <= 1)) {
            throw new IllegalArgumentException("a word confidence is between 0 and 1, not " + minMeanWordConfidence);
        }
        if (limits == null) {
            throw new IllegalArgumentException("limits are required");
        }
    }

    public static AltoParserOptions defaults() {
        return new AltoParserOptions(DEFAULT_MIN_MEAN_WORD_CONFIDENCE, XmlLimits.DEFAULT);
    }
}
