package org.baoku.issuefile.parse.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The root element of an XML file, read from the prologue and the first start tag only: how the layout
 * detector tells ALTO ({@code alto}) from METS ({@code mets}) and an NDNP batch descriptor ({@code batch}
 * in {@link #NDNP_NAMESPACE}) without parsing the file.
 *
 * @param localName    the root's name without prefix
 * @param namespaceUri its namespace, {@code ""} for none
 */
public record XmlRoot(String localName, String namespaceUri) {

    public static final String NDNP_NAMESPACE = "http://www.loc.gov/ndnp";
    public static final String METS_NAMESPACE = "http://www.loc.gov/METS/";

    /** How much of a file {@link #of(Path)} reads: enough for any prologue a producer writes. */
    static final int PROLOGUE_BYTES = 16 * 1024;

    public boolean isAlto() {
        return "alto".equals(localName);
    }

    public boolean isMets() {
        return "mets".equals(localName);
    }

    public boolean isNdnpBatch() {
        return "batch".equals(localName) && NDNP_NAMESPACE.equals(namespaceUri);
    }

    /**
     * The root of {@code content}, or empty when it is not XML or has no start tag within what was given.
     * A DOCTYPE is passed over unread (never expanded), so that a file with one is still recognised and
     * then refused by the reader of its layout, with a reason. Never throws.
     */
    public static Optional<XmlRoot> of(byte[] content) {
        if (!XmlCursor.looksLikeXml(content)) {
            return Optional.empty();
        }
        try (XmlCursor xml = SafeXml.open(content)) {
            xml.passOverDoctype();
            while (true) {
                int event = xml.next();
                if (event == XmlCursor.START) {
                    return Optional.of(new XmlRoot(xml.localName(), xml.namespace()));
                }
                if (event == XmlCursor.END_DOCUMENT) {
                    return Optional.empty();
                }
            }
        } catch (XmlReadException e) {
            return Optional.empty();
        }
    }

    /** The root of a file on disk, reading only its first {@value #PROLOGUE_BYTES} bytes. */
    public static Optional<XmlRoot> of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PROLOGUE_BYTES);
        }
        return of(head);
    }
}
