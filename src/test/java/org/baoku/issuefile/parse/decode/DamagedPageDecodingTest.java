package org.baoku.issuefile.parse.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.Severity;
import org.baoku.issuefile.parse.FictionalPages;
import org.junit.jupiter.api.Test;

/**
 * Damaged UTF-8, NUL runs and double-encoded UTF-8 are read with the damage marked, while damaged UTF-8 is
 * still told apart from GB18030, Big5 and UTF-16. Lines of {@link FictionalPages#FRONT_PAGE}: 4 the date,
 * 11 the 本报讯 paragraph, 13 the 新区管委会 paragraph, 19 the last one.
 */
class DamagedPageDecodingTest {

    private static final String PAGE = FictionalPages.FRONT_PAGE;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final IssueFileDecoder decoder = new IssueFileDecoder();

    private static List<String> codes(DecodedText decoded) {
        return decoded.findings().stream().map(Finding::code).toList();
    }

    private static int indexOf(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException(text);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] all = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, all, 0, at);
        System.arraycopy(inserted, 0, all, at, inserted.length);
        System.arraycopy(bytes, at, all, at + inserted.length, bytes.length - at);
        return all;
    }

    /** UTF-8 bytes read as Windows-1252 (its five undefined bytes as the C1 controls, as Windows does) and saved as UTF-8. */
    static byte[] doubleEncoded(byte[] utf8) {
        StringBuilder misread = new StringBuilder();
        for (byte b : utf8) {
            try {
                misread.append(Charset.forName("windows-1252").newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(new byte[] {b})));
            } catch (CharacterCodingException undefined) {
                misread.append((char) (b & 0xFF));
            }
        }
        return misread.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void overwrittenBytesBecomeReplacementCharactersCountedByLine() {
        byte[] bytes = FictionalPages.utf8(PAGE);
        bytes[indexOf(bytes, "本报讯")] = (byte) 0xFF;            // a lead byte: it and its two continuations are lost
        bytes[indexOf(bytes, "管委会") + 1] = (byte) 'z';          // a continuation byte: lead and last byte are lost
        DecodedText decoded = decoder.decode(bytes);

        assertEquals("UTF-8", decoded.encoding());
        assertEquals(List.of(IssueFileDecoder.ENCODING_DAMAGE), codes(decoded));
        Finding damage = decoded.findings().get(0);
        assertEquals(Severity.WARNING, damage.severity());
        assertEquals(11, damage.line());
        assertEquals("5 byte(s) are not valid UTF-8 and were replaced by U+FFFD (5 place(s)), on lines 11, 13",
                damage.message());
        assertTrue(decoded.text().contains("\uFFFD\uFFFD\uFFFD报讯"), decoded.text());
        assertTrue(decoded.text().contains("新区\uFFFDz\uFFFD委会"), decoded.text());
        assertEquals(PAGE.length() + 4, decoded.text().length(), "本 became three characters, 管 three");
    }

    @Test
    void aRunOfNulBytesIsRemovedAndReported() {
        byte[] clean = FictionalPages.utf8(PAGE);
        byte[] bytes = insert(clean, indexOf(clean, "新区管委会"), new byte[9]);
        DecodedText decoded = decoder.decode(bytes);

        assertEquals("UTF-8", decoded.encoding());
        assertEquals(PAGE, decoded.text(), "nothing but the NULs is taken out");
        assertEquals(List.of(IssueFileDecoder.NUL_BYTES), codes(decoded));
        assertEquals(13, decoded.findings().get(0).line());
        assertEquals("9 NUL byte(s) were removed, on line 13", decoded.findings().get(0).message());
    }

    @Test
    void nulsAndDamageOnSeveralLinesWithCrLfLineEnds() {
        byte[] clean = PAGE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = insert(clean, indexOf(clean, "今年以来"), new byte[3]);
        bytes = insert(bytes, indexOf(bytes, "2024年"), new byte[2]);
        bytes[indexOf(bytes, "张青") + 3] = (byte) 'z';          // the lead byte of 青: its two continuations are lost
        DecodedText decoded = decoder.decode(bytes);

        assertEquals(List.of(IssueFileDecoder.NUL_BYTES, IssueFileDecoder.ENCODING_DAMAGE), codes(decoded));
        assertEquals("5 NUL byte(s) were removed, on lines 4, 19", decoded.findings().get(0).message());
        assertEquals(4, decoded.findings().get(0).line());
        assertEquals(17, decoded.findings().get(1).line());
        assertTrue(decoded.findings().get(1).message().endsWith("on line 17"), decoded.findings().get(1).message());
    }

    @Test
    void damageBeyondTheThresholdIsStillUndecodable() {
        byte[] bytes = FictionalPages.utf8(PAGE);
        int damaged = (int) Math.ceil(bytes.length * IssueFileDecoder.MAX_DAMAGED_SHARE / 3) + 1;
        int paragraph = indexOf(bytes, "本报讯");
        for (int i = 0; i < damaged; i++) {
            bytes[paragraph + 3 * i] = (byte) 0xFF; // each costs a character of 3 bytes
        }
        DecodedText decoded = decoder.decode(bytes);
        assertTrue(decoded.rejected());
        assertEquals(List.of(IssueFileDecoder.UNDECODABLE), codes(decoded));
    }

    @Test
    void theThresholdIsAnOption() {
        byte[] bytes = FictionalPages.utf8(PAGE);
        bytes[indexOf(bytes, "本报讯")] = (byte) 0xFF;
        assertEquals(List.of(IssueFileDecoder.UNDECODABLE), codes(new IssueFileDecoder(0).decode(bytes)));
        assertFalse(new IssueFileDecoder(0.5).decode(bytes).rejected());
    }

    @Test
    void aDamagedFileWithAByteOrderMarkIsReadToo() {
        byte[] bytes = insert(FictionalPages.utf8(PAGE), 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes[indexOf(bytes, "本报讯")] = (byte) 0xFF;
        DecodedText decoded = decoder.decode(bytes);
        assertEquals("UTF-8", decoded.encoding());
        assertEquals(List.of(IssueFileDecoder.BYTE_ORDER_MARK, IssueFileDecoder.ENCODING_DAMAGE), codes(decoded));
        assertEquals(11, decoded.findings().get(1).line());
    }

    @Test
    void utf8ReadAsLatin1AndSavedAsUtf8IsDecodedBack() {
        byte[] bytes = new String(FictionalPages.utf8(PAGE), StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
        DecodedText decoded = decoder.decode(bytes);
        assertEquals("UTF-8", decoded.encoding());
        assertEquals(PAGE, decoded.text());
        assertEquals(List.of(IssueFileDecoder.MOJIBAKE_REPAIRED), codes(decoded));
        assertEquals(Severity.WARNING, decoded.findings().get(0).severity());
    }

    @Test
    void utf8ReadAsWindows1252AndSavedAsUtf8IsDecodedBack() {
        byte[] bytes = doubleEncoded(FictionalPages.utf8("焦作日报\n" + PAGE));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).startsWith("ç„¦ä½œæ—¥æŠ¥"), "the classic look");
        DecodedText decoded = decoder.decode(bytes);
        assertEquals("焦作日报\n" + PAGE, decoded.text());
        assertEquals(List.of(IssueFileDecoder.MOJIBAKE_REPAIRED), codes(decoded));
        assertTrue(decoded.findings().get(0).message().contains("ç„¦ä½œæ—¥æŠ¥"), decoded.findings().get(0).message());
    }

    @Test
    void textEncodedOverTwiceIsDecodedBackTwice() {
        DecodedText decoded = decoder.decode(doubleEncoded(doubleEncoded(FictionalPages.utf8(PAGE))));
        assertEquals(PAGE, decoded.text());
        assertTrue(decoded.findings().get(0).message().contains("2 times over"), decoded.findings().get(0).message());
    }

    @Test
    void aDoubleEncodedFileWithItsByteOrderMarkEncodedToo() {
        DecodedText decoded = decoder.decode(doubleEncoded(FictionalPages.utf8("\uFEFF" + PAGE)));
        assertEquals(PAGE, decoded.text());
        assertEquals(List.of(IssueFileDecoder.MOJIBAKE_REPAIRED), codes(decoded));
    }

    @Test
    void latinTextWithAccentsIsLeftAsItIs() {
        String french = "Le café de Müller à Besançon, « ouvert » tous les jours. Ã la carte.\n";
        DecodedText decoded = decoder.decode(french.getBytes(StandardCharsets.UTF_8));
        assertEquals(french, decoded.text());
        assertEquals(List.of(), decoded.findings());
    }

    @Test
    void doubleEncodedLatinTextIsNoChinesePageAndIsLeftAsItIs() {
        String french = "Le café de Müller à Besançon.\n".repeat(3);
        byte[] bytes = doubleEncoded(french.getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = decoder.decode(bytes);
        assertEquals(new String(bytes, StandardCharsets.UTF_8), decoded.text(), "not mostly Han: not repaired");
        assertFalse(codes(decoded).contains(IssueFileDecoder.MOJIBAKE_REPAIRED));
    }

    @Test
    void aGb18030PageIsReadAsGb18030NotAsDamagedUtf8() {
        DecodedText decoded = decoder.decode(PAGE.getBytes(GB18030));
        assertEquals("GB18030", decoded.encoding());
        assertEquals(PAGE, decoded.text());
        assertEquals(List.of(), decoded.findings());
    }

    @Test
    void aMostlyAsciiGb18030FileWithAFewChineseCharactersIsNotTakenForDamagedUtf8() {
        // its few bad bytes are under the threshold, but hardly any of its non-ASCII bytes are UTF-8; ICU then
        // sees too little Chinese to name GB18030 (as before), and the file stays unread rather than misread
        String text = "Report 2024-05-20: the port of Yunling opened two new container lines to coastal ports, "
                .repeat(6) + "云岭港新开两条航线。\n";
        DecodedText decoded = decoder.decode(text.getBytes(GB18030));
        assertFalse(codes(decoded).contains(IssueFileDecoder.ENCODING_DAMAGE), decoded.findings().toString());
        assertFalse("UTF-8".equals(decoded.encoding()));
    }

    @Test
    void gb18030AndBig5AreFarBelowTheValidSequenceShareOfDamagedUtf8() {
        byte[] damagedUtf8 = FictionalPages.utf8(PAGE);
        int paragraph = indexOf(damagedUtf8, "本报讯");
        for (int i = 0; i < 4; i++) {
            damagedUtf8[paragraph + 30 * i] = (byte) 0xFF; // 12 bad bytes: just under 2 % of 639
        }
        assertTrue(IssueFileDecoder.MAX_DAMAGED_SHARE * damagedUtf8.length > DamagedUtf8.of(damagedUtf8, 0).badBytes());
        assertTrue(DamagedUtf8.of(PAGE.getBytes(GB18030), 0).validSequenceShare() < 0.3);
        assertTrue(DamagedUtf8.of(PAGE.getBytes(Charset.forName("Big5")), 0).validSequenceShare() < 0.2);
        assertTrue(DamagedUtf8.of(PAGE.getBytes(StandardCharsets.UTF_16LE), 0).validSequenceShare() < 0.2);
        assertTrue(DamagedUtf8.of(damagedUtf8, 0).validSequenceShare() >= IssueFileDecoder.MIN_VALID_SEQUENCE_SHARE);
    }

    @Test
    void utf16WithoutByteOrderMarkIsNotTakenForUtf8WithNuls() {
        DecodedText decoded = decoder.decode(PAGE.getBytes(StandardCharsets.UTF_16BE));
        assertEquals("UTF-16BE", decoded.encoding());
        assertEquals(PAGE, decoded.text());
    }

    @Test
    void aDamagedFileCutInsideACharacterSaysBoth() {
        byte[] whole = FictionalPages.utf8(PAGE.strip());
        byte[] bytes = Arrays.copyOf(whole, whole.length - 1);
        bytes[indexOf(bytes, "本报讯")] = (byte) 0xFF;
        DecodedText decoded = decoder.decode(bytes);
        assertEquals(List.of(IssueFileDecoder.ENCODING_DAMAGE, IssueFileDecoder.TRUNCATED_CHARACTER), codes(decoded));
    }

    @Test
    void manyNulBytesAreNoPage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(FictionalPages.utf8(PAGE));
        out.writeBytes(new byte[FictionalPages.utf8(PAGE).length / 10]);
        assertEquals(List.of(IssueFileDecoder.UNDECODABLE), codes(decoder.decode(out.toByteArray())));
    }
}
