package org.baoku.issuefile.parse.xml;

import java.util.List;

import org.baoku.issuefile.TextRegion.Box;

/**
 * One ALTO {@code TextLine}: its box, its words, and the {@code HYP} it ends with (its {@code CONTENT},
 * usually "-" or "¬"), or null.
 */
public record AltoLine(Box box, List<AltoWord> words, String hyphen) {

    public AltoLine {
        words = List.copyOf(words);
    }

    /** The line as printed: words joined by a space where an {@code SP} stands, the end hyphen kept. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (AltoWord word : words) {
            if (word.spaceBefore() && !text.isEmpty()) {
                text.append(' ');
            }
            text.append(word.content());
        }
        if (hyphen != null) {
            text.append(hyphen);
        }
        return text.toString();
    }
}
