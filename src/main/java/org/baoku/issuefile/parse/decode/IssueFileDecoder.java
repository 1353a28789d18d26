package org.baoku.issuefile.parse.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.baoku.issuefile.Finding;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Decodes the bytes of an issue file, recording the encoding it was read in.
 *
 * <p>Order: a byte order mark settles the encoding (UTF-8, UTF-16LE, UTF-16BE); otherwise strict UTF-8 is
 * tried first, being by far the most common case and the cheapest; only when that fails does ICU's
 * {@link CharsetDetector} propose encodings, each of which must then decode strictly and read as text.
 * Encodings are reported by their canonical names; a UTF-8 byte order mark is reported as encoding
 * {@code UTF-8} with an INFO finding {@value #BYTE_ORDER_MARK}, since the mark changes nothing about the
 * text. GBK and GB2312 files are read and reported as {@code GB18030}, their superset.
 *
 * <p>Stateless and thread-safe.
 */
public final class IssueFileDecoder {

    public static final String EMPTY_FILE = "EMPTY_FILE";
    public static final String UNDECODABLE = "UNDECODABLE";
    public static final String TRUNCATED_CHARACTER = "TRUNCATED_CHARACTER";
    public static final String BYTE_ORDER_MARK = "BYTE_ORDER_MARK";

    /** Encodings issue files come in besides UTF-8, by ICU's names for them. */
    private static final Map<String, Charset> ACCEPTED = Map.of(
            "GB18030", Charset.forName("GB18030"),
            "UTF-16LE", StandardCharsets.UTF_16LE,
            "UTF-16BE", StandardCharsets.UTF_16BE,
            "Big5", Charset.forName("Big5"));
    /**
     * ICU proposes every multi-byte encoding at confidence 10 when it merely cannot rule it out, and
     * gives real text 70-100 even for a single line; below this a proposal is a guess, and guesses are not
     * how we read files.
     */
    private static final int MIN_CONFIDENCE = 25;
    /**
     * The detector reads this much of the file: a few pages of text tell the encoding as surely as the
     * whole, and detection costs time in proportion to what it reads. The whole file is then decoded strictly.
     */
    private static final int DETECTION_SAMPLE_BYTES = 4096;

    public DecodedText decode(byte[] bytes) {
        if (bytes.length == 0) {
            return DecodedText.rejected(null, Finding.error(EMPTY_FILE, null, "the file is empty (0 bytes)"));
        }
        ByteOrderMark mark = ByteOrderMark.of(bytes);
        if (mark != null) {
            return withMark(bytes, mark);
        }
        StrictDecoding utf8 = StrictDecoding.of(StandardCharsets.UTF_8, bytes, 0);
        if (utf8.decoded() && TextQuality.defect(utf8.text()) == null) {
            return accepted(utf8, "UTF-8", new ArrayList<>());
        }
        String utf8Defect = utf8.decoded() ? "read as UTF-8, it " + TextQuality.defect(utf8.text()) : "it is not valid UTF-8";
        return detected(bytes, utf8Defect);
    }

    private DecodedText withMark(byte[] bytes, ByteOrderMark mark) {
        String name = mark.charset().name();
        StrictDecoding decoding = StrictDecoding.of(mark.charset(), bytes, mark.length());
        if (!decoding.decoded()) {
            return DecodedText.rejected(name, Finding.error(UNDECODABLE, null,
                    "the file starts with a " + name + " byte order mark but is not valid " + name));
        }
        String defect = TextQuality.defect(decoding.text());
        if (defect != null) {
            return DecodedText.rejected(name, Finding.error(UNDECODABLE, null, "read as " + name + ", the file " + defect));
        }
        List<Finding> findings = new ArrayList<>();
        if (mark == ByteOrderMark.UTF_8) {
            findings.add(Finding.info(BYTE_ORDER_MARK, null, "the file starts with a UTF-8 byte order mark"));
        }
        return accepted(decoding, name, findings);
    }

    /**
     * Takes the detector's proposals best first. The first that decodes strictly and reads as text is the
     * answer; if that is an encoding issue files do not come in (Shift_JIS, a Latin code page …), the file is
     * undecodable rather than read in a worse-fitting encoding we happen to accept.
     */
    private DecodedText detected(byte[] bytes, String utf8Defect) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length <= DETECTION_SAMPLE_BYTES ? bytes : Arrays.copyOf(bytes, DETECTION_SAMPLE_BYTES));
        String reason = utf8Defect + ", and no other encoding reads it as text";
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break; // proposals come best first
            }
            Charset charset = charsetOf(match.getName());
            if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
                continue;
            }
            StrictDecoding decoding = StrictDecoding.of(charset, bytes, 0);
            if (!decoding.decoded()) {
                continue;
            }
            String defect = TextQuality.defect(decoding.text());
            if (defect != null) {
                reason = utf8Defect + "; read as " + charset.name() + ", it " + defect;
                continue;
            }
            if (!ACCEPTED.containsValue(charset)) {
                reason = "it reads as " + match.getName() + " (confidence " + match.getConfidence()
                        + "), an encoding issue files do not come in";
                break;
            }
            return accepted(decoding, charset.name(), new ArrayList<>());
        }
        return DecodedText.rejected(null, Finding.error(UNDECODABLE, null, "binary or undecodable: " + reason));
    }

    private static Charset charsetOf(String name) {
        Charset accepted = ACCEPTED.get(name);
        if (accepted != null) {
            return accepted;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException unknownName) {
            return null;
        }
    }

    private static DecodedText accepted(StrictDecoding decoding, String encoding, List<Finding> findings) {
        if (decoding.text().isBlank()) {
            return DecodedText.rejected(encoding, Finding.error(EMPTY_FILE, null, "the file holds only white space"));
        }
        if (decoding.cutBytes() > 0) {
            findings.add(Finding.warning(TRUNCATED_CHARACTER, null, "the file ends inside a character: its last "
                    + decoding.cutBytes() + " byte(s) are an incomplete " + encoding + " sequence and were dropped"));
        }
        return new DecodedText(decoding.text(), encoding, findings);
    }
}
