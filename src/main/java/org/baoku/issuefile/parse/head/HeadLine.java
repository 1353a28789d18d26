package org.baoku.issuefile.parse.head;

import java.util.Map;
import java.util.regex.Pattern;

import org.baoku.issuefile.parse.Line;

/**
 * One line at the top of a page as {@link HeadLineScanner} reads it.
 *
 * @param line     the line as printed
 * @param text     its text normalised (full-width ASCII folded, ideographic spaces made plain)
 * @param heading  whether it is a Markdown heading ({@code #}, {@code ##} …)
 * @param values   the head fields it prints, by field, in the normalised form of the scanner
 * @param residual what is left once the fields and separators are taken out
 * @param carry    a field label the line ends with whose value the OCR put on the next line
 *                 ({@code 社长:} / {@code 李弘}), or {@code null}
 */
record HeadLine(Line line, String text, boolean heading, Map<HeadField, String> values, String residual,
                String carry) {

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");
    /** Residue that marks an article's first line rather than a header: bylines and datelines. */
    private static final Pattern ARTICLE_START = Pattern.compile("本报讯|记者|通讯员|新华社|中新社|人民日报");
    /** Residue a header line may carry besides its fields: a rank, a motto, a section name. */
    private static final int SMALL_RESIDUE = 12;
    private static final int SMALL_RESIDUE_OF_DENSE_LINE = 24;
    private static final int DENSE_LINE_FIELDS = 3;

    boolean has(HeadField field) {
        return values.containsKey(field);
    }

    String value(HeadField field) {
        return values.get(field);
    }

    /** Prints fields and little else: a masthead or page-header line rather than article text. */
    boolean printsHead() {
        if ((values.isEmpty() && carry == null) || romanTitleOnly() || SENTENCE_END.matcher(residual).find() || ARTICLE_START.matcher(residual).find()) {
            return false;
        }
        if (heading && !(has(HeadField.LABEL) || has(HeadField.DATE) || has(HeadField.EDITOR))) {
            return false; // '# 某报第N期要闻' is a headline that happens to name an issue
        }
        int residue = residual.codePointCount(0, residual.length());
        return residue <= SMALL_RESIDUE || (values.size() >= DENSE_LINE_FIELDS && residue <= SMALL_RESIDUE_OF_DENSE_LINE);
    }

    /** Only a romanised title: part of a masthead when next to one, but no head by itself. */
    boolean romanTitleOnly() {
        return values.size() == 1 && has(HeadField.ROMAN_TITLE) && residual.isEmpty();
    }

    /** Only a page label, as when a header prints label, section and date on lines of their own. */
    boolean labelOnly() {
        return values.size() == 1 && has(HeadField.LABEL) && residual.isEmpty();
    }
}
