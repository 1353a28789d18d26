package org.baoku.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Splits numbers into their digits, one position each (1036 → 1 0 3 6; 12.4 → 1 2 4), like the
 * characters of Chinese text around them: the bigram field finds any string in the text, also one that
 * starts or ends inside a number (a reader's 农户59 in 农户590户), as a phrase of bigrams and digits.
 */
final class DigitByDigitFilter extends TokenFilter {

    private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    private char[] number = new char[0];
    private int length;
    private int next;
    private int start;
    private boolean offsetsMatchTerm;

    DigitByDigitFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (next < length) {
                char c = number[next];
                int at = next++;
                if (!Character.isDigit(c)) {
                    continue;
                }
                clearAttributes();
                term.setEmpty().append(c);
                type.setType(NUM);
                // offsets into the original text hold only while the term is as long as its span there
                int from = offsetsMatchTerm ? start + at : start;
                offset.setOffset(from, offsetsMatchTerm ? from + 1 : start + length);
                position.setPositionIncrement(1);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            if (!NUM.equals(type.type()) || term.length() < 2) {
                return true;
            }
            length = term.length();
            if (number.length < length) {
                number = new char[length];
            }
            System.arraycopy(term.buffer(), 0, number, 0, length);
            next = 0;
            start = offset.startOffset();
            offsetsMatchTerm = offset.endOffset() - start == length;
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        next = 0;
    }
}
