package org.baoku.issuefile.parse.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.Severity;
import org.baoku.issuefile.parse.FictionalPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssueFileDecoderTest {

    private static final String PAGE = FictionalPages.FRONT_PAGE;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final IssueFileDecoder decoder = new IssueFileDecoder();

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static List<String> codes(DecodedText decoded) {
        return decoded.findings().stream().map(Finding::code).toList();
    }

    @Test
    void readsPlainUtf8() {
        DecodedText decoded = decoder.decode(PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", decoded.encoding());
        assertEquals(PAGE, decoded.text());
        assertEquals(List.of(), decoded.findings());
    }

    @Test
    void readsUtf8WithByteOrderMarkAsUtf8AndSaysSo() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PAGE.getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = decoder.decode(bytes);
        assertEquals("UTF-8", decoded.encoding());
        assertEquals(PAGE, decoded.text(), "the mark is no part of the text");
        assertEquals(List.of(IssueFileDecoder.BYTE_ORDER_MARK), codes(decoded));
        assertEquals(Severity.INFO, decoded.findings().get(0).severity());
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PAGE.getBytes(StandardCharsets.UTF_16LE));
        DecodedText decoded = decoder.decode(bytes);
        assertEquals("UTF-16LE", decoded.encoding());
        assertEquals(PAGE, decoded.text());
        assertFalse(decoded.rejected());
    }

    @Test
    void readsUtf16BigEndianWithByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, PAGE.getBytes(StandardCharsets.UTF_16BE));
        DecodedText decoded = decoder.decode(bytes);
        assertEquals("UTF-16BE", decoded.encoding());
        assertEquals(PAGE, decoded.text());
    }

    @Test
    void detectsUtf16WithoutByteOrderMark() {
        DecodedText decoded = decoder.decode(PAGE.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("UTF-16LE", decoded.encoding());
        assertEquals(PAGE, decoded.text());
    }

    @Test
    void detectsGb18030() {
        DecodedText decoded = decoder.decode(PAGE.getBytes(GB18030));
        assertEquals("GB18030", decoded.encoding());
        assertEquals(PAGE, decoded.text());
        assertEquals(List.of(), decoded.findings());
    }

    @Test
    void readsGbkAsItsSupersetGb18030() {
        DecodedText decoded = decoder.decode(PAGE.getBytes(Charset.forName("GBK")));
        assertEquals("GB18030", decoded.encoding());
        assertEquals(PAGE, decoded.text());
    }

    @Test
    void keepsLineEndsAsTheyAre() {
        String crlf = PAGE.replace("\n", "\r\n");
        assertEquals(crlf, decoder.decode(crlf.getBytes(GB18030)).text());
        String cr = PAGE.replace("\n", "\r");
        assertEquals(cr, decoder.decode(cr.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void aUtf8FileCutInsideACharacterKeepsWhatDecodesAndSaysSo() {
        byte[] whole = PAGE.strip().getBytes(StandardCharsets.UTF_8); // ends in '。', three bytes
        DecodedText decoded = decoder.decode(Arrays.copyOf(whole, whole.length - 1));
        assertEquals("UTF-8", decoded.encoding());
        assertEquals(PAGE.strip().substring(0, PAGE.strip().length() - 1), decoded.text());
        assertEquals(List.of(IssueFileDecoder.TRUNCATED_CHARACTER), codes(decoded));
        assertEquals(Severity.WARNING, decoded.findings().get(0).severity());
    }

    @Test
    void aGb18030FileCutInsideACharacterKeepsWhatDecodes() {
        byte[] whole = PAGE.strip().getBytes(GB18030); // ends in '。', two bytes
        DecodedText decoded = decoder.decode(Arrays.copyOf(whole, whole.length - 1));
        assertEquals("GB18030", decoded.encoding());
        assertTrue(decoded.text().endsWith("新建生态护岸12公里"), decoded.text());
        assertEquals(List.of(IssueFileDecoder.TRUNCATED_CHARACTER), codes(decoded));
    }

    @Test
    void aUtf16FileCutInsideACharacterKeepsWhatDecodes() {
        byte[] whole = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PAGE.strip().getBytes(StandardCharsets.UTF_16LE));
        DecodedText decoded = decoder.decode(Arrays.copyOf(whole, whole.length - 1));
        assertEquals("UTF-16LE", decoded.encoding());
        assertTrue(decoded.text().endsWith("新建生态护岸12公里"));
        assertEquals(List.of(IssueFileDecoder.TRUNCATED_CHARACTER), codes(decoded));
    }

    @Test
    void zeroBytesAreAnEmptyFile() {
        DecodedText decoded = decoder.decode(new byte[0]);
        assertTrue(decoded.rejected());
        assertEquals(List.of(IssueFileDecoder.EMPTY_FILE), codes(decoded));
        assertEquals("", decoded.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\n\n\r\n", "\t \u3000\n", "\uFEFF\n"})
    void onlyWhiteSpaceIsAnEmptyFile(String blank) {
        DecodedText decoded = decoder.decode(blank.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(IssueFileDecoder.EMPTY_FILE), codes(decoded));
        assertEquals(Severity.ERROR, decoded.findings().get(0).severity());
    }

    @Test
    void randomBytesWithNulsAreUndecodable() {
        byte[] noise = new byte[4099];
        new Random(42).nextBytes(noise);
        noise[0] = 0;
        DecodedText decoded = decoder.decode(noise);
        assertTrue(decoded.rejected());
        assertEquals(List.of(IssueFileDecoder.UNDECODABLE), codes(decoded));
        assertNull(decoded.encoding());
    }

    @Test
    void validUtf8FullOfControlCharactersIsUndecodable() {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x01 + i % 8);
        }
        assertEquals(List.of(IssueFileDecoder.UNDECODABLE), codes(decoder.decode(bytes)));
    }

    @Test
    void textFullOfReplacementCharactersIsUndecodable() {
        String damaged = "新闻" + "\uFFFD".repeat(50) + "正文";
        assertEquals(List.of(IssueFileDecoder.UNDECODABLE), codes(decoder.decode(damaged.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aFewStrayControlCharactersDoNotRejectAPage() {
        String page = PAGE.replaceFirst("本报讯", "\u0007本报讯");
        DecodedText decoded = decoder.decode(page.getBytes(StandardCharsets.UTF_8));
        assertFalse(decoded.rejected());
        assertEquals("UTF-8", decoded.encoding());
    }

    @Test
    void aUtf8ByteOrderMarkOnInvalidUtf8IsUndecodable() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PAGE.getBytes(GB18030));
        DecodedText decoded = decoder.decode(bytes);
        assertEquals(List.of(IssueFileDecoder.UNDECODABLE), codes(decoded));
        assertEquals("UTF-8", decoded.encoding());
    }

    @Test
    void detectsBig5() {
        String traditional = "本報訊（記者陳東）5月18日,雲嶺港新開通至沿海港口的兩條集裝箱航線,每週往返6個班次。\n";
        DecodedText decoded = decoder.decode(traditional.getBytes(Charset.forName("Big5")));
        assertEquals("Big5", decoded.encoding());
        assertEquals(traditional, decoded.text());
    }

    @Test
    void aShiftJisFileIsNotReadInAChineseEncodingThatHappensToDecodeIt() {
        String japanese = "東京都は十八日、新しい港湾計画を発表した。ここでは二つの航路が開設される予定です。\n".repeat(3);
        DecodedText decoded = decoder.decode(japanese.getBytes(Charset.forName("Shift_JIS")));
        assertEquals(List.of(IssueFileDecoder.UNDECODABLE), codes(decoded));
        assertTrue(decoded.findings().get(0).message().contains("Shift_JIS"), decoded.findings().get(0).message());
    }
}
