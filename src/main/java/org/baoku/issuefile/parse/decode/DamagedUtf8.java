package org.baoku.issuefile.parse.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * UTF-8 decoded leniently: every malformed sequence becomes one U+FFFD, and what it cost is counted, so that
 * a page with a few overwritten bytes keeps the rest of its text. An incomplete sequence at the very end is a
 * cut file, not damage, and is dropped as {@link StrictDecoding} drops it.
 *
 * <p>Whether the bytes are damaged UTF-8 at all, rather than a legacy Chinese encoding, shows in
 * {@link #validSequenceShare()}: in UTF-8 Chinese text nearly every byte of 0x80 and above belongs to a
 * well-formed multi-byte sequence, and a few damaged bytes leave that share near 1; GB18030/GBK or Big5
 * double-byte characters form a valid UTF-8 sequence only by chance (a fifth of them at most).
 *
 * @param text          the decoded text, U+FFFD where bytes were malformed
 * @param badBytes      how many bytes were malformed
 * @param replacements  how many U+FFFD the decoding put in (one per malformed sequence)
 * @param validSequences how many well-formed multi-byte sequences were decoded
 * @param lines         the lines malformed bytes stood on, ascending, each once
 * @param cutBytes      how many trailing bytes formed an incomplete character and were dropped
 */
record DamagedUtf8(String text, int badBytes, int replacements, int validSequences, List<Integer> lines, int cutBytes) {

    static DamagedUtf8 of(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        // UTF-8 never yields more UTF-16 units than bytes; +1 for a final replacement
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
        LineNumbers numbers = new LineNumbers();
        List<Integer> lines = new ArrayList<>();
        int badBytes = 0;
        int replacements = 0;
        while (true) {
            // endOfInput=false: an incomplete sequence at the very end stays in the buffer as a cut character
            CoderResult result = decoder.decode(in, out, false);
            if (!result.isError()) {
                break;
            }
            int at = in.position();
            int line = numbers.at(bytes, at);
            if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
                lines.add(line);
            }
            badBytes += result.length();
            replacements++;
            out.put('\uFFFD');
            in.position(at + result.length());
        }
        int cut = in.remaining();
        decoder.reset();
        out.flip();
        String text = out.toString();
        return new DamagedUtf8(text, badBytes, replacements, multiByteCharacters(text) - replacements, List.copyOf(lines), cut);
    }

    private static int multiByteCharacters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x80) {
                count++;
            }
        }
        return count;
    }

    /** Well-formed multi-byte sequences among all non-ASCII sequences, well-formed or not; 0 when there are none. */
    double validSequenceShare() {
        int all = validSequences + replacements;
        return all == 0 ? 0 : validSequences / (double) all;
    }

    String message() {
        return badBytes + " byte(s) are not valid UTF-8 and were replaced by U+FFFD (" + replacements
                + " place(s)), on " + LineNumbers.describe(lines);
    }
}
