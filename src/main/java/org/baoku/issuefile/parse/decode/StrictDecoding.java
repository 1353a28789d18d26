package org.baoku.issuefile.parse.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes in one charset without any substitution: a malformed or unmappable sequence means the
 * bytes are not in that charset. The one fault tolerated is an incomplete sequence at the very end,
 * which is what a file cut inside a multi-byte character looks like; the complete part is kept.
 *
 * @param text        the decoded text, or {@code null} when the bytes are not in the charset
 * @param cutBytes    how many trailing bytes formed an incomplete character and were dropped
 */
record StrictDecoding(String text, int cutBytes) {

    /** Bytes left over at the end beyond this many cannot be one cut character in any supported charset. */
    private static final int LONGEST_CHARACTER = 4;

    static StrictDecoding of(Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1);
        // endOfInput=false: an incomplete trailing sequence stays in the buffer instead of being "malformed"
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError()) {
            return new StrictDecoding(null, 0);
        }
        int left = in.remaining();
        if (left > LONGEST_CHARACTER) {
            return new StrictDecoding(null, 0);
        }
        decoder.decode(ByteBuffer.allocate(0), out, true);
        decoder.flush(out);
        out.flip();
        return new StrictDecoding(out.toString(), left);
    }

    boolean decoded() {
        return text != null;
    }
}
