package org.baoku.issuefile.parse.xml;

import java.util.List;

/**
 * Reads the lines of a block as one paragraph, undoing the typesetting: a word hyphenated across a line
 * end is joined (with {@code SUBS_CONTENT} when the OCR gives it, else by dropping the hyphen), lines are
 * joined with one space in Latin text and with none where either side is CJK, since Chinese and Japanese
 * put no space between words. Within a line a space stands where ALTO puts an {@code SP}, and between
 * any two Latin Strings (each String is a word); CJK OCR writes one String per character with no SP
 * between, and those are joined.
 */
final class BlockParagraph {

    private final StringBuilder text = new StringBuilder();
    /** the previous line ended in the first half of a hyphenated word: the next word continues it */
    private boolean continuesWord;
    /** the hyphen a continued word dropped, restored should the block end there */
    private String droppedHyphen = "";
    /** the last word was a first part whose SUBS_CONTENT gave the whole word: its second part adds nothing */
    private boolean wholeWordGiven;

    private BlockParagraph() {
    }

    static String of(List<AltoLine> lines) {
        BlockParagraph paragraph = new BlockParagraph();
        for (AltoLine line : lines) {
            paragraph.add(line);
        }
        if (paragraph.continuesWord) {
            paragraph.text.append(paragraph.droppedHyphen);
        }
        return paragraph.text.toString().strip();
    }

    private void add(AltoLine line) {
        boolean lineStart = true;
        for (AltoWord word : line.words()) {
            if (word.secondHyphenPart() && (wholeWordGiven || word.subsContent() != null)) {
                // the first part already gave the whole word
                lineStart = false;
                continuesWord = false;
                wholeWordGiven = false;
                continue;
            }
            String content = word.content();
            boolean hyphenated = false;
            wholeWordGiven = false;
            if (word.firstHyphenPart()) {
                if (word.subsContent() != null) {
                    content = word.subsContent();
                    wholeWordGiven = true;
                } else {
                    String stripped = withoutHyphen(content);
                    droppedHyphen = content.substring(stripped.length());
                    content = stripped;
                    hyphenated = true;
                }
            }
            if (content.isEmpty()) {
                continue;
            }
            if (!text.isEmpty() && !continuesWord) {
                boolean cjkJoint = isCjk(text.codePointBefore(text.length())) || isCjk(content.codePointAt(0));
                // each String is a word: Latin words are apart even where the OCR wrote no SP between them
                // (real NDNP ALTO does), CJK ones only where it did
                if (lineStart ? !cjkJoint : word.spaceBefore() || !cjkJoint) {
                    text.append(' ');
                }
            }
            text.append(content);
            continuesWord = hyphenated;
            lineStart = false;
        }
        if (line.hyphen() != null && !line.words().isEmpty()) {
            AltoWord last = line.words().get(line.words().size() - 1);
            // a HYP after a HypPart1 with SUBS_CONTENT is already accounted for
            if (!(last.firstHyphenPart() && last.subsContent() != null)) {
                continuesWord = true;
                droppedHyphen = line.hyphen();
            }
        }
    }

    /** Appends a further block's text to {@code text}, with a space unless CJK meets CJK. */
    static void append(StringBuilder text, String more) {
        if (more.isEmpty()) {
            return;
        }
        if (!text.isEmpty() && !isCjk(text.codePointBefore(text.length())) && !isCjk(more.codePointAt(0))) {
            text.append(' ');
        }
        text.append(more);
    }

    private static String withoutHyphen(String content) {
        if (content.isEmpty()) {
            return content;
        }
        char last = content.charAt(content.length() - 1);
        return last == '-' || last == '¬' || last == '\u00AD' || last == '\u2010' || last == '\u2011'
                ? content.substring(0, content.length() - 1) : content;
    }

    /** Scripts written without spaces between words, and the full-width punctuation that goes with them. */
    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS;
    }
}
