package org.baoku.issuefile.parse.xml;

/**
 * One ALTO {@code String}.
 *
 * @param content     its {@code CONTENT}
 * @param spaceBefore whether an {@code SP} stands between it and the word before it on the line
 * @param subsContent {@code SUBS_CONTENT}: the whole word when this is one part of a hyphenated word, or null
 * @param subsType    {@code SUBS_TYPE}: {@code HypPart1}, {@code HypPart2} or null
 * @param confidence  {@code WC}, 0..1, or {@link Float#NaN} when not given or out of range
 */
public record AltoWord(String content, boolean spaceBefore, String subsContent, String subsType, float confidence) {

    public boolean firstHyphenPart() {
        return "HypPart1".equalsIgnoreCase(subsType);
    }

    public boolean secondHyphenPart() {
        return "HypPart2".equalsIgnoreCase(subsType);
    }
}
