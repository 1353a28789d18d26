package org.baoku.issuefile.parse.xml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an NDNP batch descriptor ({@code <batch xmlns="http://www.loc.gov/ndnp">}): its {@code issue}
 * elements, whose text is the path of the issue's METS relative to the batch file, and its {@code reel}s.
 * Thread-safe: it holds no state between files.
 */
public final class NdnpBatchReader {

    private final XmlLimits limits;

    public NdnpBatchReader(XmlLimits limits) {
        this.limits = limits;
    }

    public NdnpBatchReader() {
        this(XmlLimits.DEFAULT);
    }

    public NdnpBatch read(byte[] content, Path batchFile) throws XmlReadException {
        Path absolute = batchFile.toAbsolutePath();
        Path directory = absolute.getParent() != null ? absolute.getParent() : absolute;
        try (XmlCursor xml = SafeXml.open(content, limits)) {
            String name = null;
            boolean rootSeen = false;
            List<NdnpBatch.Issue> issues = new ArrayList<>();
            int reels = 0;
            int event;
            while ((event = xml.next()) != XmlCursor.END_DOCUMENT) {
                if (event != XmlCursor.START) {
                    continue;
                }
                if (!rootSeen) {
                    if (!"batch".equals(xml.localName()) || !XmlRoot.NDNP_NAMESPACE.equals(xml.namespace())) {
                        throw new XmlReadException(XmlReadException.UNEXPECTED_ROOT, "the root element is <"
                                + xml.localName() + "> in '" + xml.namespace() + "', not an NDNP <batch>");
                    }
                    rootSeen = true;
                    name = xml.attribute("name");
                } else if ("issue".equals(xml.localName()) && xml.depth() == 2) {
                    String lccn = xml.attribute("lccn");
                    String date = xml.attribute("issueDate");
                    String edition = xml.attribute("editionOrder");
                    String href = xml.elementText();
                    issues.add(new NdnpBatch.Issue(lccn, date, edition, href,
                            href.isEmpty() ? null : MetsIssueReader.resolve(directory, href)));
                } else if ("reel".equals(xml.localName()) && xml.depth() == 2) {
                    reels++;
                }
            }
            if (!rootSeen) {
                throw new XmlReadException(XmlReadException.MALFORMED_XML, "the file has no root element");
            }
            return new NdnpBatch(name, issues, reels);
        }
    }
}
