package org.baoku.issuefile.parse.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader seen only through what the ALTO and METS readers need: start and end elements, text,
 * attributes by local name. It enforces {@link XmlLimits}, refuses a DOCTYPE and undeclared entities, and
 * turns every failure of the underlying parser (checked or not) into an {@link XmlReadException}.
 */
public final class XmlCursor implements AutoCloseable {

    public static final int START = XMLStreamConstants.START_ELEMENT;
    public static final int END = XMLStreamConstants.END_ELEMENT;
    public static final int TEXT = XMLStreamConstants.CHARACTERS;
    public static final int END_DOCUMENT = XMLStreamConstants.END_DOCUMENT;

    private final XMLStreamReader reader;
    private final byte[] content;
    private final XmlLimits limits;
    private int depth;
    private boolean rootSeen;
    private boolean passOverDoctype;

    XmlCursor(XMLStreamReader reader, byte[] content, XmlLimits limits) {
        this.reader = reader;
        this.content = content;
        this.limits = limits;
    }

    /**
     * The next event of interest: {@link #START}, {@link #END}, {@link #TEXT} (also CDATA and whitespace)
     * or {@link #END_DOCUMENT}; comments and processing instructions are skipped.
     */
    public int next() throws XmlReadException {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        rootSeen = true;
                        if (++depth > limits.maxDepth()) {
                            throw new XmlReadException(XmlReadException.XML_TOO_DEEP, "elements nest deeper than "
                                    + limits.maxDepth() + " levels" + at());
                        }
                        return START;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        return END;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        return TEXT;
                    }
                    case XMLStreamConstants.DTD -> {
                        if (!passOverDoctype) {
                            throw new XmlReadException(XmlReadException.XML_DOCTYPE_REFUSED,
                                    "the file declares a DOCTYPE, which ALTO and METS never need; refused unread" + at());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new XmlReadException(
                            XmlReadException.MALFORMED_XML, "reference to an undeclared entity &"
                            + reader.getLocalName() + ";" + at());
                    case XMLStreamConstants.END_DOCUMENT -> {
                        return END_DOCUMENT;
                    }
                    default -> {
                        // comments, processing instructions, the XML declaration: nothing to read
                    }
                }
            }
            return END_DOCUMENT;
        } catch (XMLStreamException | RuntimeException e) {
            throw unreadable(content, rootSeen, e);
        }
    }

    /** For root sniffing only: a DOCTYPE is skipped instead of refused (DTD support is off either way). */
    void passOverDoctype() {
        passOverDoctype = true;
    }

    /** Depth of the current element: 1 for the root while on its start tag or inside it. */
    public int depth() {
        return depth;
    }

    public String localName() {
        return reader.getLocalName();
    }

    /** The element's namespace URI, {@code ""} for none. */
    public String namespace() {
        String uri = reader.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    /** The value of the current start element's attribute of that local name, in any namespace, or null. */
    public String attribute(String localName) throws XmlReadException {
        int count = reader.getAttributeCount();
        for (int i = 0; i < count; i++) {
            if (localName.equals(reader.getAttributeLocalName(i))) {
                String value = reader.getAttributeValue(i);
                if (value.length() > limits.maxAttributeChars()) {
                    throw new XmlReadException(XmlReadException.XML_VALUE_TOO_LARGE, "attribute " + localName
                            + " has " + value.length() + " characters, more than " + limits.maxAttributeChars() + at());
                }
                return value;
            }
        }
        return null;
    }

    /** The current text event's characters. */
    public String text() {
        return reader.getText();
    }

    /**
     * All text inside the current element, its children's included, leaving the cursor on its end tag;
     * trimmed.
     */
    public String elementText() throws XmlReadException {
        int level = depth;
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            if (event == TEXT) {
                text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                if (text.length() > limits.maxTextChars()) {
                    throw new XmlReadException(XmlReadException.XML_VALUE_TOO_LARGE, "element text longer than "
                            + limits.maxTextChars() + " characters" + at());
                }
            } else if (event == END && depth < level) {
                return text.toString().strip();
            } else if (event == END_DOCUMENT) {
                throw new XmlReadException(XmlReadException.MALFORMED_XML, "the file ends inside an element");
            }
        }
    }

    /** The encoding the parser reads the file in (declared, or detected from the BOM), or null. */
    public String encoding() {
        String declared = reader.getCharacterEncodingScheme();
        return declared != null ? declared : reader.getEncoding();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException | RuntimeException ignored) {
            // nothing is held but memory
        }
    }

    private String at() {
        Location location = reader.getLocation();
        return location == null ? "" : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    /**
     * What a parser failure means for the operator: a file that never began like XML is {@code NOT_XML},
     * anything else {@code MALFORMED_XML}, with the parser's own words and position (e.g. a truncated file
     * ends "inside an element").
     */
    static XmlReadException unreadable(byte[] content, boolean rootSeen, Throwable cause) {
        if (cause instanceof XmlReadException known) {
            return known;
        }
        if (!rootSeen && !looksLikeXml(content)) {
            return new XmlReadException(XmlReadException.NOT_XML, "the file is not XML: it does not begin with '<'", cause);
        }
        return new XmlReadException(XmlReadException.MALFORMED_XML, "the XML is not well-formed: " + describe(cause), cause);
    }

    /**
     * The parser's reason with its position as "line L, column C": the JDK writes "ParseError at
     * [row,col]:[L,C] Message: reason", which an operator should not have to decode.
     */
    private static String describe(Throwable cause) {
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage().strip();
        if (cause instanceof XMLStreamException stream && stream.getLocation() != null) {
            int reason = message.indexOf("Message:");
            String text = reason >= 0 ? message.substring(reason + "Message:".length()).strip() : message;
            return text + " (line " + stream.getLocation().getLineNumber() + ", column "
                    + stream.getLocation().getColumnNumber() + ")";
        }
        return message;
    }

    /** Whether the first character after a BOM and whitespace is '<' (in UTF-8 or UTF-16 either way). */
    static boolean looksLikeXml(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE || (content[0] & 0xFF) == 0xFF)) {
            return true;
        }
        for (; i < content.length; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                continue; // the other half of a UTF-16 code unit without BOM
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '<';
            }
        }
        return false;
    }
}
