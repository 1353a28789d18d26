package org.baoku.issuefile.parse.xml;

/**
 * Why an XML file could not be read, as a finding code ({@link #code()}) and a message for the operator.
 * Checked on purpose: every reader's caller must turn it into a REJECTED result, never let it escape.
 */
public final class XmlReadException extends Exception {

    public static final String NOT_XML = "NOT_XML";
    public static final String MALFORMED_XML = "MALFORMED_XML";
    public static final String XML_DOCTYPE_REFUSED = "XML_DOCTYPE_REFUSED";
    public static final String XML_TOO_DEEP = "XML_TOO_DEEP";
    public static final String XML_VALUE_TOO_LARGE = "XML_VALUE_TOO_LARGE";
    /** Well-formed XML, but its root is not the element the reader reads (an ALTO reader given a METS). */
    public static final String UNEXPECTED_ROOT = "UNEXPECTED_ROOT";

    private final String code;

    public XmlReadException(String code, String message) {
        super(message);
        this.code = code;
    }

    public XmlReadException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
