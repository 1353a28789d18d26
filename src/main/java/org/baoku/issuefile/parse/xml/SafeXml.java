package org.baoku.issuefile.parse.xml;

import java.io.ByteArrayInputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens delivered XML with everything that lets a file reach outside itself or grow inside the parser
 * switched off: no DTD, no external entities, no entity replacement beyond the predefined ones. A DOCTYPE
 * is refused outright by {@link XmlCursor}, since no ALTO or METS producer needs one and every XML bomb
 * starts with one.
 *
 * <p>Always the JDK's own StAX implementation ({@link XMLInputFactory#newDefaultFactory()}), whatever an
 * application server puts on the class path: the limits above are tested against that one. A factory is
 * made per file because factories are not promised to be thread-safe, and making one is cheap.
 */
public final class SafeXml {

    private SafeXml() {
    }

    /** A cursor over {@code content}; the caller closes it. */
    public static XmlCursor open(byte[] content, XmlLimits limits) throws XmlReadException {
        if (content.length == 0) {
            throw new XmlReadException(XmlReadException.NOT_XML, "the file is empty");
        }
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(content));
            return new XmlCursor(reader, content, limits);
        } catch (XMLStreamException | RuntimeException e) {
            throw XmlCursor.unreadable(content, false, e);
        }
    }

    public static XmlCursor open(byte[] content) throws XmlReadException {
        return open(content, XmlLimits.DEFAULT);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }
}
