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
 * <p>Damage is survived rather than rejected while it is small. UTF-8 text that was read as Latin-1 or
 * Windows-1252 and saved again as UTF-8 is decoded back ({@value #MOJIBAKE_REPAIRED}, see
 * {@link MojibakeRepair}). UTF-8 with NUL bytes or malformed bytes in it keeps what decodes: NULs are
 * dropped ({@value #NUL_BYTES}), malformed bytes become U+FFFD ({@value #ENCODING_DAMAGE}), each WARNING
 * naming the count and the lines — as long as the damaged bytes are fewer than {@link #maxDamagedShare()} of
 * the file ({@value #MAX_DAMAGED_SHARE} unless told otherwise) and the file is UTF-8 beyond doubt (see
 * {@link DamagedUtf8#validSequenceShare()}); otherwise the legacy encodings are tried as before, so that a
 * GB18030 file is never "repaired" as damaged UTF-8.
 *
 * <p>Stateless and thread-safe.
 */
public final class IssueFileDecoder {

    public static final String EMPTY_FILE = "EMPTY_FILE";
    public static final String UNDECODABLE = "UNDECODABLE";
    public static final String TRUNCATED_CHARACTER = "TRUNCATED_CHARACTER";
    public static final String BYTE_ORDER_MARK = "BYTE_ORDER_MARK";
    public static final String ENCODING_DAMAGE = "ENCODING_DAMAGE";
    public static final String NUL_BYTES = "NUL_BYTES";
    public static final String MOJIBAKE_REPAIRED = "MOJIBAKE_REPAIRED";

    /**
     * Malformed and NUL bytes a UTF-8 file may have, as a share of its bytes, and still be read: 40 random
     * bytes overwritten in a 15 KB page cost about 100 bytes (0.7 %); a page that much further gone has lost
     * too much to be worth keeping as text.
     */
    public static final double MAX_DAMAGED_SHARE = 0.02;
    /**
     * Of the non-ASCII sequences of a file taken for damaged UTF-8, at least this share must be well-formed
     * UTF-8: Chinese UTF-8 damaged up to {@link #MAX_DAMAGED_SHARE} scores above 0.93 (each damaged 3-byte
     * character costs up to three malformed sequences); GB18030 text 0.15-0.2, Big5 and UTF-16 under 0.1
     * (measured on the sample and the fictional pages).
     */
    static final double MIN_VALID_SEQUENCE_SHARE = 0.9;

    private final double maxDamagedShare;

    public IssueFileDecoder() {
        this(MAX_DAMAGED_SHARE);
    }

    /** @param maxDamagedShare see {@link #MAX_DAMAGED_SHARE}; 0 rejects every damaged file */
    public IssueFileDecoder(double maxDamagedShare) {
        if (!(maxDamagedShare >= 0 && maxDamagedShare < 1)) {
            throw new IllegalArgumentException("maxDamagedShare must be in [0, 1), not " + maxDamagedShare);
        }
        this.maxDamagedShare = maxDamagedShare;
    }

    public double maxDamagedShare() {
        return maxDamagedShare;
    }

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
        if (utf8.decoded()) {
            DecodedText repaired = repairedMojibake(utf8, new ArrayList<>());
            if (repaired != null) {
                return repaired;
            }
            if (TextQuality.defect(utf8.text()) == null) {
                return accepted(utf8, "UTF-8", new ArrayList<>());
            }
        }
        DecodedText salvaged = salvaged(bytes, 0, new ArrayList<>());
        if (salvaged != null) {
            return salvaged;
        }
        String utf8Defect = utf8.decoded() ? "read as UTF-8, " + TextQuality.defect(utf8.text()) : "it is not valid UTF-8";
        return detected(bytes, utf8Defect);
    }

    /** Text that decodes as UTF-8 but is UTF-8 read as Latin-1/1252 and encoded again, decoded back; or {@code null}. */
    private static DecodedText repairedMojibake(StrictDecoding utf8, List<Finding> findings) {
        MojibakeRepair.Repaired repaired = MojibakeRepair.repair(utf8.text());
        if (repaired == null || TextQuality.defect(repaired.text()) != null) {
            return null;
        }
        String sample = utf8.text().strip();
        sample = sample.substring(0, Math.min(12, sample.length()));
        findings.add(Finding.warning(MOJIBAKE_REPAIRED, null, "the file is UTF-8 that was read as Latin-1/Windows-1252 and"
                + " saved again as UTF-8" + (repaired.rounds() > 1 ? " (" + repaired.rounds() + " times over)" : "")
                + ", as in \"" + sample + "\"; it was decoded back to " + repaired.text().length() + " characters"));
        return accepted(new StrictDecoding(repaired.text(), utf8.cutBytes()), "UTF-8", findings);
    }

    /**
     * UTF-8 with NUL or malformed bytes, read with the damage marked, when the damage is small and the file is
     * UTF-8 beyond doubt; or {@code null}, leaving the file to the other encodings.
     */
    private DecodedText salvaged(byte[] bytes, int offset, List<Finding> findings) {
        NulBytes nuls = NulBytes.strip(bytes, offset);
        DamagedUtf8 damaged = DamagedUtf8.of(nuls.bytes(), offset);
        int damage = nuls.count() + damaged.badBytes();
        if (damage == 0 || damage >= bytes.length * maxDamagedShare) {
            return null;
        }
        if (damaged.badBytes() > 0 && damaged.validSequenceShare() < MIN_VALID_SEQUENCE_SHARE) {
            return null;
        }
        if (TextQuality.defect(damaged.text(), damaged.replacements()) != null) {
            return null;
        }
        if (nuls.count() > 0) {
            findings.add(Finding.warning(NUL_BYTES, nuls.lines().get(0), nuls.message()));
        }
        if (damaged.badBytes() > 0) {
            findings.add(Finding.warning(ENCODING_DAMAGE, damaged.lines().get(0), damaged.message()));
        }
        return accepted(new StrictDecoding(damaged.text(), damaged.cutBytes()), "UTF-8", findings);
    }

    private DecodedText withMark(byte[] bytes, ByteOrderMark mark) {
        String name = mark.charset().name();
        StrictDecoding decoding = StrictDecoding.of(mark.charset(), bytes, mark.length());
        if (mark == ByteOrderMark.UTF_8) {
            List<Finding> findings = new ArrayList<>(List.of(
                    Finding.info(BYTE_ORDER_MARK, null, "the file starts with a UTF-8 byte order mark")));
            DecodedText repaired = decoding.decoded() ? repairedMojibake(decoding, findings) : null;
            if (repaired != null) {
                return repaired;
            }
            if (!decoding.decoded() || TextQuality.defect(decoding.text()) != null) {
                DecodedText salvaged = salvaged(bytes, mark.length(), findings);
                if (salvaged != null) {
                    return salvaged;
                }
            }
        }
        if (!decoding.decoded()) {
            return DecodedText.rejected(name, Finding.error(UNDECODABLE, null,
                    "the file starts with a " + name + " byte order mark but is not valid " + name));
        }
        String defect = TextQuality.defect(decoding.text());
        if (defect != null) {
            return DecodedText.rejected(name, Finding.error(UNDECODABLE, null, "read as " + name + ", " + defect));
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
                reason = utf8Defect + "; read as " + charset.name() + ", " + defect;
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
