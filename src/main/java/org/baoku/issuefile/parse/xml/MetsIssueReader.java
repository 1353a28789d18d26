package org.baoku.issuefile.parse.xml;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an issue's METS file into a {@link MetsIssue}, in one StAX pass: the MODS records of its
 * {@code dmdSec}s, the files of its {@code fileSec}, the pages of its physical structure map
 * ({@code div TYPE="np:page"} in NDNP, {@code TYPE="page"} elsewhere) and the articles of its logical one
 * ({@code div TYPE="ARTICLE"}, Europeana newspapers). Names are matched without namespace, as producers
 * differ in the prefixes and MODS versions they use. Thread-safe: it holds no state between files.
 */
public final class MetsIssueReader {

    private final XmlLimits limits;

    public MetsIssueReader(XmlLimits limits) {
        this.limits = limits;
    }

    public MetsIssueReader() {
        this(XmlLimits.DEFAULT);
    }

    /**
     * @param metsFile where the METS file is (may be relative), to resolve its ALTO hrefs against its
     *                 directory
     */
    public MetsIssue read(byte[] content, Path metsFile) throws XmlReadException {
        try (XmlCursor xml = SafeXml.open(content, limits)) {
            Pass pass = new Pass(xml);
            pass.read();
            Path absolute = metsFile.toAbsolutePath();
            return pass.issue(absolute.getParent() != null ? absolute.getParent() : absolute);
        }
    }

    private record FileEntry(String id, String mimeType, String use, String href) {

        /** OCR text rather than an image or a PDF of the page. */
        boolean ocr() {
            String mime = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
            if (mime.startsWith("image/") || mime.contains("pdf")) {
                return false;
            }
            String purpose = use == null ? "" : use.toLowerCase(Locale.ROOT);
            return mime.contains("xml") || purpose.equals("ocr") || purpose.equals("fulltext") || purpose.equals("alto");
        }
    }

    private static final class PageDiv {
        final int position;
        Integer order;
        String orderLabel;
        String label;
        final List<String> dmdIds = new ArrayList<>();
        final List<String> fileIds = new ArrayList<>();

        PageDiv(int position) {
            this.position = position;
        }
    }

    /** {@code position}: its place in document order, as articles are closed inner first */
    private record ArticleDiv(int position, int depth, String id, String label, List<MetsArea> areas) {
    }

    private static final class Pass {
        private final XmlCursor xml;
        private boolean rootSeen;

        private final Map<String, ModsDescription> modsById = new LinkedHashMap<>();
        private final List<ModsDescription> modsInOrder = new ArrayList<>();
        private ModsDescription mods;
        private String modsId;
        private int titleInfoDepth = -1;
        private String detailType;
        private boolean pageExtent;

        private final Deque<String> groupUse = new ArrayDeque<>();
        private final Map<String, FileEntry> files = new HashMap<>();
        private String fileId;
        private String fileMime;
        private String fileUse;
        private String fileHref;

        private final List<PageDiv> pages = new ArrayList<>();
        private PageDiv page;
        private int pageDepth = -1;

        private final Deque<ArticleDiv> openArticles = new ArrayDeque<>();
        private final List<ArticleDiv> articles = new ArrayList<>();
        private int headingDepth = -1;
        private int articlesOpened;

        Pass(XmlCursor xml) {
            this.xml = xml;
        }

        void read() throws XmlReadException {
            int event;
            while ((event = xml.next()) != XmlCursor.END_DOCUMENT) {
                if (event == XmlCursor.START) {
                    start();
                } else if (event == XmlCursor.END) {
                    end();
                }
            }
            if (!rootSeen) {
                throw new XmlReadException(XmlReadException.MALFORMED_XML, "the file has no root element");
            }
        }

        private void start() throws XmlReadException {
            String name = xml.localName();
            if (!rootSeen) {
                if (!"mets".equals(name)) {
                    throw new XmlReadException(XmlReadException.UNEXPECTED_ROOT,
                            "the root element is <" + name + ">, not a METS <mets>");
                }
                rootSeen = true;
                return;
            }
            if (mods != null) {
                modsElement(name);
                return;
            }
            switch (name) {
                case "dmdSec" -> {
                    mods = new ModsDescription();
                    modsId = xml.attribute("ID");
                }
                case "fileGrp" -> {
                    String use = xml.attribute("USE");
                    groupUse.push(use != null ? use : groupUse.isEmpty() ? "" : groupUse.peek());
                }
                case "file" -> {
                    fileId = xml.attribute("ID");
                    fileMime = xml.attribute("MIMETYPE");
                    String use = xml.attribute("USE");
                    fileUse = use != null ? use : groupUse.peek();
                    fileHref = null;
                }
                case "FLocat" -> {
                    if (fileId != null && fileHref == null) {
                        fileHref = xml.attribute("href");
                    }
                }
                case "div" -> div();
                case "fptr", "area" -> pointer(name);
                default -> {
                    // headers, amdSecs, behaviours: nothing the archive records
                }
            }
        }

        private void modsElement(String name) throws XmlReadException {
            switch (name) {
                case "titleInfo" -> {
                    if (titleInfoDepth < 0) {
                        titleInfoDepth = xml.depth();
                    }
                }
                case "title" -> {
                    if (titleInfoDepth >= 0) {
                        String title = xml.elementText();
                        if (!title.isEmpty()) {
                            mods.title = ModsDescription.first(mods.title, title);
                        }
                    }
                }
                case "dateIssued" -> mods.dateIssued(xml.elementText());
                case "detail" -> {
                    String type = xml.attribute("type");
                    detailType = type == null ? null : type.strip().toLowerCase(Locale.ROOT);
                }
                case "number", "caption" -> {
                    if (detailType != null) {
                        mods.detail(detailType, name.equals("caption"), xml.elementText());
                    }
                }
                case "identifier" -> {
                    String type = xml.attribute("type");
                    if (type != null) {
                        String kind = type.strip().toLowerCase(Locale.ROOT);
                        if (kind.equals("lccn")) {
                            mods.lccn = ModsDescription.first(mods.lccn, blankToNull(xml.elementText()));
                        } else if (kind.equals("issn")) {
                            mods.issn = ModsDescription.first(mods.issn, blankToNull(xml.elementText()));
                        }
                    }
                }
                case "extent" -> pageExtent = "pages".equalsIgnoreCase(xml.attribute("unit"));
                case "start" -> {
                    if (pageExtent) {
                        mods.pageSequence = ModsDescription.first(mods.pageSequence, blankToNull(xml.elementText()));
                    }
                }
                default -> {
                    // names, subjects, notes, physical descriptions
                }
            }
        }

        private void div() throws XmlReadException {
            String type = xml.attribute("TYPE");
            String kind = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
            if (page == null && (kind.equals("np:page") || kind.equals("page"))) {
                page = new PageDiv(pages.size() + 1);
                pageDepth = xml.depth();
                page.order = positive(xml.attribute("ORDER"));
                page.orderLabel = blankToNull(xml.attribute("ORDERLABEL"));
                page.label = blankToNull(xml.attribute("LABEL"));
                String dmdIds = xml.attribute("DMDID");
                if (dmdIds != null) {
                    for (String id : dmdIds.replace('\t', ' ').replace('\n', ' ').split(" ")) {
                        if (!id.isEmpty()) {
                            page.dmdIds.add(id);
                        }
                    }
                }
            } else if (kind.equals("article")) {
                openArticles.push(new ArticleDiv(articlesOpened++, xml.depth(), xml.attribute("ID"), blankToNull(xml.attribute("LABEL")),
                        new ArrayList<>()));
            } else if (!openArticles.isEmpty() && headingDepth < 0
                    && (kind.equals("title") || kind.equals("heading") || kind.equals("headline"))) {
                headingDepth = xml.depth();
            }
        }

        private void pointer(String name) throws XmlReadException {
            String id = xml.attribute("FILEID");
            if (id == null) {
                return;
            }
            if (page != null) {
                page.fileIds.add(id);
            }
            if (name.equals("area") && !openArticles.isEmpty()) {
                String begin = xml.attribute("BEGIN");
                if (begin != null) {
                    openArticles.peek().areas().add(new MetsArea(id, begin.strip(), headingDepth >= 0));
                }
            }
        }

        private void end() {
            int depth = xml.depth();
            String name = xml.localName();
            if (mods != null) {
                switch (name) {
                    case "dmdSec" -> {
                        modsInOrder.add(mods);
                        if (modsId != null) {
                            modsById.put(modsId, mods);
                        }
                        mods = null;
                        titleInfoDepth = -1;
                    }
                    case "titleInfo" -> {
                        if (depth < titleInfoDepth) {
                            titleInfoDepth = -1;
                        }
                    }
                    case "detail" -> detailType = null;
                    case "extent" -> pageExtent = false;
                    default -> {
                    }
                }
                return;
            }
            switch (name) {
                case "fileGrp" -> groupUse.poll();
                case "file" -> {
                    if (fileId != null) {
                        files.put(fileId, new FileEntry(fileId, fileMime, fileUse, fileHref));
                    }
                    fileId = null;
                }
                case "div" -> {
                    if (page != null && depth < pageDepth) {
                        pages.add(page);
                        page = null;
                    }
                    if (headingDepth >= 0 && depth < headingDepth) {
                        headingDepth = -1;
                    }
                    if (!openArticles.isEmpty() && depth < openArticles.peek().depth()) {
                        articles.add(openArticles.pop());
                    }
                }
                default -> {
                }
            }
        }

        MetsIssue issue(Path directory) {
            Set<String> pageRecords = new HashSet<>();
            pages.forEach(div -> pageRecords.addAll(div.dmdIds));
            ModsDescription issue = new ModsDescription();
            modsById.forEach((id, record) -> {
                if (!pageRecords.contains(id)) {
                    issue.fillFrom(record);
                }
            });
            modsInOrder.stream().filter(record -> !modsById.containsValue(record)).forEach(issue::fillFrom);

            List<MetsPage> listed = new ArrayList<>();
            for (PageDiv div : pages) {
                ModsDescription pageMods = div.dmdIds.stream().map(modsById::get).filter(m -> m != null).findFirst()
                        .orElse(new ModsDescription());
                int order = div.order != null ? div.order
                        : positive(pageMods.pageSequence) != null ? positive(pageMods.pageSequence) : div.position;
                String label = div.orderLabel != null ? div.orderLabel
                        : div.label != null ? div.label
                        : pageMods.pageNumber != null ? pageMods.pageNumber : String.valueOf(order);
                FileEntry alto = div.fileIds.stream().map(files::get).filter(f -> f != null && f.ocr()).findFirst()
                        .orElse(null);
                listed.add(alto == null ? new MetsPage(order, label, null, null, null)
                        : new MetsPage(order, label, alto.id(), alto.href(), resolve(directory, alto.href())));
            }
            listed.sort(Comparator.comparingInt(MetsPage::order));

            List<MetsArticle> logical = articles.stream()
                    .sorted(Comparator.comparingInt(ArticleDiv::position))
                    .map(div -> new MetsArticle(div.id(), div.label(), div.areas())).toList();
            return new MetsIssue(issue.title, issue.date, issue.dateText,
                    ModsDescription.first(issue.volumeNumber, issue.volumeCaption),
                    ModsDescription.first(issue.issueNumber, issue.issueCaption),
                    ModsDescription.first(issue.editionCaption, issue.editionNumber),
                    issue.lccn, issue.issn, listed, logical);
        }
    }

    /**
     * An href as a local path: relative ones against the METS file's directory, {@code file:} URIs as they
     * are; null for remote URLs and hrefs that are no path. Backslashes are read as separators, as some
     * producers write Windows paths.
     */
    static Path resolve(Path directory, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String written = href.strip().replace('\\', '/');
        try {
            URI uri = new URI(written);
            if (uri.getScheme() == null) {
                String path = uri.getPath();
                return path == null || path.isEmpty() ? null : directory.resolve(path).normalize();
            }
            if ("file".equalsIgnoreCase(uri.getScheme())) {
                return Path.of(uri).normalize();
            }
            return null;
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            try {
                return directory.resolve(written).normalize();
            } catch (InvalidPathException unusable) {
                return null;
            }
        }
    }

    private static Integer positive(String value) {
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            return number > 0 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
