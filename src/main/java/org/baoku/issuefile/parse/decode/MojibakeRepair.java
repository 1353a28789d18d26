package org.baoku.issuefile.parse.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Undoes the classic double encoding: UTF-8 bytes read as Latin-1 or Windows-1252 and saved again as UTF-8
 * ({@code ç„¦ä½œæ—¥æŠ¥} for {@code 焦作日报}). Every character of such text maps back to one byte, and the
 * bytes are UTF-8 again.
 *
 * <p>A repair is taken only when it is beyond doubt: every non-ASCII character maps back to a byte, the
 * bytes are strictly valid UTF-8, and the result is mostly Han — at least {@value #MIN_HAN_SHARE} of its
 * non-ASCII characters (a Chinese page has Han and CJK punctuation there, 85-95 % Han), and at least
 * {@value #MIN_HAN} of them. French or German text that merely holds {@code é} or {@code Ã} fails the
 * first two tests long before the third. A text encoded twice over is undone as often as that holds, up to
 * {@value #MAX_ROUNDS} times. Stateless and thread-safe.
 */
final class MojibakeRepair {

    static final double MIN_HAN_SHARE = 0.6;
    static final int MIN_HAN = 4;
    private static final int MAX_ROUNDS = 3;
    /** The characters Windows-1252 gives bytes 0x80-0x9F, back to their bytes; Latin-1 needs no table. */
    private static final Map<Character, Byte> CP1252_HIGH = cp1252High();

    /**
     * @param text   the repaired text
     * @param rounds how many times the text had been encoded over
     */
    record Repaired(String text, int rounds) {
    }

    private MojibakeRepair() {
    }

    /** @return the text as it was before it was encoded over, or {@code null} when it is no such text */
    static Repaired repair(String text) {
        String current = text;
        int rounds = 0;
        while (rounds < MAX_ROUNDS) {
            String undone = undoOnce(current);
            if (undone == null) {
                break;
            }
            current = undone;
            rounds++;
        }
        return rounds == 0 || !mostlyHan(current) ? null : new Repaired(current, rounds);
    }

    private static String undoOnce(String text) {
        byte[] bytes = new byte[text.length()];
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[i] = (byte) c;
                continue;
            }
            Byte high = c <= 0xFF ? Byte.valueOf((byte) c) : CP1252_HIGH.get(c);
            if (high == null) {
                return null; // a character no single byte was read as: not Latin-1/1252 mojibake
            }
            bytes[i] = high;
            any = true;
        }
        if (!any) {
            return null;
        }
        try {
            String undone = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // a mark at the start of the first encoding comes out as a character of the text
            return undone.startsWith("\uFEFF") ? undone.substring(1) : undone;
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static boolean mostlyHan(String text) {
        int han = 0;
        int nonAscii = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80 || Character.isWhitespace(c)) {
                continue;
            }
            nonAscii++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        return han >= MIN_HAN && han >= nonAscii * MIN_HAN_SHARE;
    }

    private static Map<Character, Byte> cp1252High() {
        Charset cp1252 = Charset.forName("windows-1252");
        Map<Character, Byte> map = new HashMap<>();
        for (int b = 0x80; b <= 0x9F; b++) {
            CharsetDecoder decoder = cp1252.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                char c = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
                map.put(c, (byte) b);
            } catch (CharacterCodingException undefinedIn1252) {
                // 0x81, 0x8D, 0x8F, 0x90, 0x9D: tools keep them as the C1 control of the same value, which Latin-1 covers
            }
        }
        return Map.copyOf(map);
    }
}
