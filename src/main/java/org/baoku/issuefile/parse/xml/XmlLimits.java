package org.baoku.issuefile.parse.xml;

/**
 * Bounds on what one XML file may make a reader hold, on top of the file-size limit the caller applies:
 * ALTO nests about 8 deep and METS about 15, so anything near the defaults is an attack or a broken
 * producer, not a newspaper page.
 *
 * @param maxDepth          deepest element nesting accepted
 * @param maxAttributeChars longest attribute value a reader takes
 * @param maxTextChars      longest element text a reader collects
 */
public record XmlLimits(int maxDepth, int maxAttributeChars, int maxTextChars) {

    public static final XmlLimits DEFAULT = new XmlLimits(200, 64 * 1024, 1024 * 1024);

    public XmlLimits {
        if (maxDepth <= 0 || maxAttributeChars <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("XML limits must be positive");
        }
    }
}
