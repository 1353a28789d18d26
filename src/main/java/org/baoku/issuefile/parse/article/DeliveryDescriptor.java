package org.baoku.issuefile.parse.article;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.baoku.issuefile.Finding;

/**
 * The {@value #FILE_NAME} of an article-text delivery: what the article files themselves never say.
 * UTF-8 {@code key=value} lines, {@code #} or {@code !} comments, blank lines ignored. Keys:
 * <ul>
 * <li>{@value #PUBLICATION} (required): the title of the paper, e.g. {@code 人民日报};</li>
 * <li>{@value #PAGE_LABEL} (optional): a {@link String#format} pattern for one integer that turns a page
 * number into its label, {@code A%02d} → {@code A04}; default {@code %02d} → {@code 04};</li>
 * <li>{@value #ENCODING} (optional): the charset the files are in, when detection cannot be trusted
 * (e.g. {@code GB18030}).</li>
 * </ul>
 * Whatever is wrong (an unknown key, a bad value, a missing publication) becomes a WARNING finding
 * {@value #INVALID} in {@link #findings()} and the value is left at its default: a typo in a key must be
 * seen, never silently ignored, but it does not stop an import.
 *
 * @param file             where it was read from, or {@code null}
 * @param publication      the paper's title, or {@code null} when not given
 * @param pageLabelFormat  the valid format for page labels
 * @param encoding         the charset the files are in, or {@code null} to detect it
 * @param findings         what is wrong with the file; a WARNING each
 */
public record DeliveryDescriptor(Path file, String publication, String pageLabelFormat, Charset encoding,
                                 List<Finding> findings) {

    public static final String FILE_NAME = "delivery.properties";
    public static final String PUBLICATION = "publication";
    public static final String PAGE_LABEL = "pageLabel";
    public static final String ENCODING = "encoding";
    public static final String INVALID = "DELIVERY_DESCRIPTOR_INVALID";

    private static final Set<String> KEYS = Set.of(PUBLICATION, PAGE_LABEL, ENCODING);
    /** A delivery's descriptor is a few lines; anything much larger is not one and is not read whole. */
    static final long LARGEST_FILE = 64 * 1024;

    public DeliveryDescriptor {
        findings = List.copyOf(findings);
    }

    /** Reads the descriptor at {@code file}; never throws: an unreadable file is a descriptor with a finding saying so. */
    public static DeliveryDescriptor read(Path file) {
        try {
            if (Files.size(file) > LARGEST_FILE) {
                return unreadable(file, "it has more than " + LARGEST_FILE + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return parse(file, text);
        } catch (CharacterCodingException notUtf8) {
            return unreadable(file, "it is not UTF-8");
        } catch (IOException e) {
            return unreadable(file, "it cannot be read: " + e);
        }
    }

    /** Reads descriptor text; {@code file} is only recorded and named in findings. */
    public static DeliveryDescriptor parse(Path file, String text) {
        String where = file == null ? FILE_NAME : file.toString();
        List<Finding> findings = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String at = where + " line " + (i + 1) + ": ";
            int equals = line.indexOf('=');
            if (equals <= 0) {
                findings.add(invalid(at + "not a key=value line: " + line));
                continue;
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (!KEYS.contains(key)) {
                findings.add(invalid(at + "unknown key '" + key + "' (known: " + PUBLICATION + ", " + PAGE_LABEL
                        + ", " + ENCODING + "); it is ignored"));
            } else if (values.put(key, value) != null) {
                findings.add(invalid(at + "'" + key + "' is given twice; the last value counts"));
            }
        }
        String publication = emptyToNull(values.get(PUBLICATION));
        if (publication == null) {
            findings.add(invalid(where + ": no " + PUBLICATION + "; the publication of its articles is unknown"));
        }
        return new DeliveryDescriptor(file, publication, pageLabelFormat(values.get(PAGE_LABEL), where, findings),
                encoding(values.get(ENCODING), where, findings), findings);
    }

    /** The label of page {@code page} in this delivery's scheme: {@code 04}, or {@code A04} with {@code A%02d}. */
    public String pageLabel(int page) {
        return String.format(pageLabelFormat, page);
    }

    private static String pageLabelFormat(String format, String where, List<Finding> findings) {
        if (format == null || format.isEmpty()) {
            return ArticleFileName.DEFAULT_PAGE_LABEL_FORMAT;
        }
        try {
            String one = String.format(format, 1);
            String twelve = String.format(format, 12);
            // a format without the number would give every page the same label
            if (!one.equals(twelve) && format.chars().filter(c -> c == '%').count() == 1) {
                return format;
            }
        } catch (IllegalFormatException bad) {
            // reported below
        }
        findings.add(invalid(where + ": " + PAGE_LABEL + " '" + format
                + "' is not a format for one page number (like A%02d); " + ArticleFileName.DEFAULT_PAGE_LABEL_FORMAT + " is used"));
        return ArticleFileName.DEFAULT_PAGE_LABEL_FORMAT;
    }

    private static Charset encoding(String name, String where, List<Finding> findings) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            findings.add(invalid(where + ": " + ENCODING + " '" + name + "' is no charset Java knows; the encoding is detected"));
            return null;
        }
    }

    private static DeliveryDescriptor unreadable(Path file, String why) {
        return new DeliveryDescriptor(file, null, ArticleFileName.DEFAULT_PAGE_LABEL_FORMAT, null,
                List.of(invalid(file + " is not used: " + why)));
    }

    private static Finding invalid(String message) {
        return Finding.warning(INVALID, null, message);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
