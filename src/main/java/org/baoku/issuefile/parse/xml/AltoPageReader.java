package org.baoku.issuefile.parse.xml;

import java.util.ArrayList;
import java.util.List;

import org.baoku.issuefile.TextRegion.Box;

/**
 * Reads an ALTO file (v2, v3, v4, or the old one without namespace: any root named {@code alto}) into an
 * {@link AltoPage}, in one pass with StAX. Blocks are kept in document order within the print space,
 * which is ALTO's reading order; blocks in the margins (running heads, page numbers) are left out, unless
 * the file has no print space at all. Thread-safe: it holds no state between files.
 */
public final class AltoPageReader {

    private final XmlLimits limits;

    public AltoPageReader(XmlLimits limits) {
        this.limits = limits;
    }

    public AltoPageReader() {
        this(XmlLimits.DEFAULT);
    }

    public AltoPage read(byte[] content) throws XmlReadException {
        try (XmlCursor xml = SafeXml.open(content, limits)) {
            return new Pass(xml).read();
        }
    }

    /** The state of reading one file. */
    private static final class Pass {
        private final XmlCursor xml;
        private String version;
        private String unit;
        private Integer width;
        private Integer height;
        private final List<AltoBlock> printSpaceBlocks = new ArrayList<>();
        private final List<AltoBlock> otherBlocks = new ArrayList<>();
        private int words;
        private int scoredWords;
        private double confidenceSum;

        private int printSpaceDepth = -1;
        private int groupDepth = -1;
        private String group;
        private int unnamedGroups;

        private String blockId;
        private Box blockBox;
        private List<AltoLine> lines;
        private Box lineBox;
        private List<AltoWord> lineWords;
        private String lineHyphen;
        private boolean spacePending;

        Pass(XmlCursor xml) {
            this.xml = xml;
        }

        AltoPage read() throws XmlReadException {
            int event;
            while ((event = xml.next()) != XmlCursor.END_DOCUMENT) {
                if (event == XmlCursor.START) {
                    start();
                } else if (event == XmlCursor.END) {
                    end();
                }
            }
            if (version == null) {
                throw new XmlReadException(XmlReadException.MALFORMED_XML, "the file has no root element");
            }
            List<AltoBlock> blocks = printSpaceBlocks.isEmpty() ? otherBlocks : printSpaceBlocks;
            return new AltoPage(version, unit, width, height, blocks, words, scoredWords, confidenceSum);
        }

        private void start() throws XmlReadException {
            String name = xml.localName();
            if (version == null) {
                if (!"alto".equals(name)) {
                    throw new XmlReadException(XmlReadException.UNEXPECTED_ROOT,
                            "the root element is <" + name + ">, not an ALTO <alto>");
                }
                version = xml.namespace();
                return;
            }
            switch (name) {
                case "String" -> word();
                case "SP" -> spacePending = true;
                case "HYP" -> {
                    if (lineWords != null) {
                        String hyphen = xml.attribute("CONTENT");
                        lineHyphen = hyphen == null || hyphen.isEmpty() ? "-" : hyphen;
                    }
                }
                case "TextLine" -> {
                    if (lines != null) {
                        lineBox = box();
                        lineWords = new ArrayList<>();
                        lineHyphen = null;
                        spacePending = false;
                    }
                }
                case "TextBlock" -> {
                    if (lines == null) {
                        blockId = xml.attribute("ID");
                        blockBox = box();
                        lines = new ArrayList<>();
                    }
                }
                case "ComposedBlock" -> {
                    if (groupDepth < 0) {
                        groupDepth = xml.depth();
                        String id = xml.attribute("ID");
                        group = id != null ? id : "#group" + (++unnamedGroups);
                    }
                }
                case "PrintSpace" -> {
                    if (printSpaceDepth < 0) {
                        printSpaceDepth = xml.depth();
                    }
                }
                case "Page" -> {
                    if (width == null && height == null) {
                        width = integer(xml.attribute("WIDTH"));
                        height = integer(xml.attribute("HEIGHT"));
                    }
                }
                case "MeasurementUnit" -> unit = xml.elementText();
                default -> {
                    // styles, tags, illustrations, graphical elements: no text
                }
            }
        }

        private void end() {
            int depth = xml.depth();
            switch (xml.localName()) {
                case "TextLine" -> {
                    if (lineWords != null && lines != null) {
                        lines.add(new AltoLine(lineBox, lineWords, lineHyphen));
                    }
                    lineWords = null;
                }
                case "TextBlock" -> {
                    if (lines != null) {
                        AltoBlock block = new AltoBlock(blockId, blockBox, group, lines);
                        (printSpaceDepth >= 0 ? printSpaceBlocks : otherBlocks).add(block);
                    }
                    lines = null;
                }
                default -> {
                    // the depth is already one less than the element's own
                    if (depth < groupDepth) {
                        groupDepth = -1;
                        group = null;
                    }
                    if (depth < printSpaceDepth) {
                        printSpaceDepth = -1;
                    }
                }
            }
        }

        private void word() throws XmlReadException {
            if (lineWords == null) {
                return;
            }
            String content = xml.attribute("CONTENT");
            if (content == null) {
                content = "";
            }
            float confidence = confidence(xml.attribute("WC"));
            words++;
            if (!Float.isNaN(confidence)) {
                scoredWords++;
                confidenceSum += confidence;
            }
            lineWords.add(new AltoWord(content, spacePending, xml.attribute("SUBS_CONTENT"), xml.attribute("SUBS_TYPE"),
                    confidence));
            spacePending = false;
        }

        private Box box() throws XmlReadException {
            return new Box(coordinate(xml.attribute("HPOS")), coordinate(xml.attribute("VPOS")),
                    coordinate(xml.attribute("WIDTH")), coordinate(xml.attribute("HEIGHT")));
        }
    }

    /** ALTO v3 and later allow fractional coordinates; a box on the page image needs no fraction. */
    private static int coordinate(String value) {
        if (value == null) {
            return 0;
        }
        try {
            double number = Double.parseDouble(value.strip());
            return Double.isFinite(number) ? (int) Math.round(number) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Integer integer(String value) {
        return value == null ? null : coordinate(value);
    }

    private static float confidence(String value) {
        if (value == null) {
            return Float.NaN;
        }
        try {
            float number = Float.parseFloat(value.strip());
            return number >= 0 && number <= 1 ? number : Float.NaN;
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }
}
