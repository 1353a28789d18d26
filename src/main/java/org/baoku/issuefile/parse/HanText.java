package org.baoku.issuefile.parse;

/** Whether a text is written mostly in Chinese characters: what a newspaper page or article of ours is. */
public final class HanText {

    private HanText() {
    }

    /** More Han characters than Latin letters. */
    public static boolean mostlyHan(String text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return han > latin;
    }
}
