package org.baoku.search.analysis;

import java.io.IOException;
import java.io.Reader;

import com.ibm.icu.text.Transliterator;

/**
 * Folds the forms one character takes before it is indexed or searched: full-width Latin, digits and
 * punctuation to ASCII, traditional Chinese characters to simplified, upper case to lower — so that 經濟
 * is found by 经济 and ＧＤＰ by gdp. Archives of papers from before 1956 print traditional characters;
 * readers type simplified ones.
 *
 * <p>The traditional → simplified table comes from ICU's {@code Traditional-Simplified} transform, taken
 * one character at a time over the CJK Unified Ideographs block (and its extension A) and kept where one
 * character maps to one other. Folding is then a table lookup per character, in one pass that can also
 * leave out spaces; it keeps no offsets into the original text, which the index does not store (snippets
 * are found in the text itself, {@link #foldCharacters}).
 */
public final class ChineseCharacterForms {

    private static final char[] FOLDED = table();

    private ChineseCharacterForms() {
    }

    /** A reader of the folded text. */
    public static Reader fold(Reader reader) {
        return new FoldingReader(reader, false);
    }

    /** A reader of the folded text without any kind of space (also no-break and ideographic ones). */
    public static Reader foldWithoutSpaces(Reader reader) {
        return new FoldingReader(reader, true);
    }

    /** The folded text, one character for one, so that positions in it are positions in {@code text}. */
    public static String foldCharacters(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = FOLDED[text.charAt(i)];
        }
        return new String(folded);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static char[] table() {
        char[] table = new char[0x10000];
        for (int c = 0; c < table.length; c++) {
            table[c] = Character.toLowerCase((char) c);
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) { // full-width ASCII
            table[c] = Character.toLowerCase((char) (c - 0xFEE0));
        }
        Transliterator simplify = Transliterator.getInstance("Traditional-Simplified");
        for (int[] block : new int[][] {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}}) {
            for (int c = block[0]; c <= block[1]; c++) {
                String simplified = simplify.transliterate(String.valueOf((char) c));
                if (simplified.length() == 1) {
                    table[c] = simplified.charAt(0);
                }
            }
        }
        return table;
    }

    /** Reads folded characters, leaving out spaces if asked. */
    private static final class FoldingReader extends Reader {

        private final Reader in;
        private final boolean withoutSpaces;

        FoldingReader(Reader in, boolean withoutSpaces) {
            this.in = in;
            this.withoutSpaces = withoutSpaces;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            while (true) {
                int read = in.read(buffer, offset, length);
                if (read <= 0) {
                    return read;
                }
                int kept = offset;
                for (int i = offset; i < offset + read; i++) {
                    char c = buffer[i];
                    if (!withoutSpaces || !isSpace(c)) {
                        buffer[kept++] = FOLDED[c];
                    }
                }
                if (kept > offset) {
                    return kept - offset;
                }
                // all spaces: read on rather than answer 0, which a reader must not
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
