package org.baoku.issuefile;

/**
 * How a person's name is compared: pages print names with ideographic or no-break spaces inside to fill
 * a column (黄　娴, 王 五), and the archive keeps them without (黄娴), so a reader's name is looked up the
 * same way.
 */
public final class PersonNames {

    private PersonNames() {
    }

    /** The name without any kind of space. */
    public static String compact(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
