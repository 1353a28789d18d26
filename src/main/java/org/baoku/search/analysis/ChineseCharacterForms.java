package org.baoku.search.analysis;

import java.io.Reader;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;

/**
 * Folds the forms one character takes before it is indexed or searched: full-width Latin and digits to
 * half-width, half-width katakana to full-width (Lucene's {@link CJKWidthCharFilter}), and traditional
 * Chinese characters to simplified, so that 經濟 is found by 经济 and the other way round. Archives of
 * papers from before 1956 print traditional characters; readers type simplified ones.
 *
 * <p>The traditional → simplified table comes from ICU's {@code Traditional-Simplified} transform, taken
 * one character at a time over the CJK Unified Ideographs block (and its extension A) and kept only where
 * one character maps to one other: a char filter then costs a table lookup per character, not a
 * transliteration, and offsets stay exact for highlighting.
 */
public final class ChineseCharacterForms {

    private static final char[] SIMPLIFIED = new char[0x10000];
    private static final NormalizeCharMap TRADITIONAL_TO_SIMPLIFIED = traditionalToSimplified();

    private ChineseCharacterForms() {
    }

    /** Wraps a reader so that what comes out has the folded forms. */
    public static Reader fold(Reader reader) {
        return new MappingCharFilter(TRADITIONAL_TO_SIMPLIFIED, new CJKWidthCharFilter(reader));
    }

    /**
     * The same folding as {@link #fold(Reader)}, one character for one (so offsets stay): full-width ASCII
     * to ASCII, traditional to simplified, upper to lower case. For finding a query's text in a stored text.
     */
    public static String foldCharacters(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            char simplified = SIMPLIFIED[c];
            folded[i] = Character.toLowerCase(simplified != 0 ? simplified : c);
        }
        return new String(folded);
    }

    private static NormalizeCharMap traditionalToSimplified() {
        Transliterator simplify = Transliterator.getInstance("Traditional-Simplified");
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        addBlock(simplify, map, 0x3400, 0x4DBF);
        addBlock(simplify, map, 0x4E00, 0x9FFF);
        return map.build();
    }

    private static void addBlock(Transliterator simplify, NormalizeCharMap.Builder map, int first, int last) {
        for (int c = first; c <= last; c++) {
            String traditional = String.valueOf((char) c);
            String simplified = simplify.transliterate(traditional);
            if (simplified.length() == 1 && !simplified.equals(traditional)) {
                map.add(traditional, simplified);
                SIMPLIFIED[c] = simplified.charAt(0);
            }
        }
    }
}
