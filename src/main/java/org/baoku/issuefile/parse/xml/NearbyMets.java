package org.baoku.issuefile.parse.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The METS of an ALTO file is in the ALTO's own directory (NDNP: the issue directory holds the METS and
 * its pages) or above it (Europeana: {@code alto/} below the METS), at no fixed depth: this lookup tries
 * the ALTO's directory, then each ancestor up to the filesystem root, and stops at the first directory
 * where a METS names the file. In each directory it sniffs the {@code *.xml} files for a {@code mets} root.
 *
 * <p>One instance serves every thread of an import of 100,000 files, whose pages share a few thousand
 * directories: what each directory holds is cached (least recently used first out), keyed by directory,
 * and checked on every use against the directory's modification time (files added or removed) and each
 * METS file's size and modification time (a METS rewritten). Two threads missing the same directory at
 * once both read it; the result is the same, so no lock is held while reading.
 */
public final class NearbyMets implements MetsLookup {

    public static final int DEFAULT_CACHED_DIRECTORIES = 512;

    private final MetsIssueReader reader;
    private final long maxMetsBytes;
    private final Map<Path, DirectoryMets> cache;

    /**
     * @param cachedDirectories how many directories' METS files to keep
     * @param maxMetsBytes      METS files larger than this are not read (the import's file-size limit)
     */
    public NearbyMets(int cachedDirectories, long maxMetsBytes, XmlLimits limits) {
        if (cachedDirectories <= 0 || maxMetsBytes <= 0) {
            throw new IllegalArgumentException("cache size and METS size limit must be positive");
        }
        this.reader = new MetsIssueReader(limits);
        this.maxMetsBytes = maxMetsBytes;
        this.cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Path, DirectoryMets> eldest) {
                return size() > cachedDirectories;
            }
        };
    }

    public NearbyMets() {
        this(DEFAULT_CACHED_DIRECTORIES, 20L * 1024 * 1024, XmlLimits.DEFAULT);
    }

    @Override
    public Optional<MetsMatch> find(Path altoFile) {
        Path alto = altoFile.toAbsolutePath().normalize();
        for (Path directory = alto.getParent(); directory != null; directory = directory.getParent()) {
            for (MetsFile mets : metsFilesIn(directory)) {
                Optional<MetsPage> page = mets.issue().pageOf(alto);
                if (page.isPresent()) {
                    return Optional.of(new MetsMatch(mets.file(), mets.issue(), page.get()));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String whereLooked(Path altoFile) {
        Path alto = altoFile.toAbsolutePath().normalize();
        Path directory = alto.getParent();
        return "the METS files (*.xml with a <mets> root) of " + directory + " and of every directory above it";
    }

    /** Number of directories cached now (for tests and monitoring). */
    public int cachedDirectories() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private List<MetsFile> metsFilesIn(Path directory) {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(directory);
        } catch (IOException | SecurityException e) {
            return List.of();
        }
        DirectoryMets cached;
        synchronized (cache) {
            cached = cache.get(directory);
        }
        if (cached != null && cached.modified().equals(modified) && cached.unchanged()) {
            return cached.mets();
        }
        DirectoryMets fresh = new DirectoryMets(modified, scan(directory, cached));
        synchronized (cache) {
            cache.put(directory, fresh);
        }
        return fresh.mets();
    }

    private List<MetsFile> scan(Path directory, DirectoryMets previous) {
        List<MetsFile> found = new ArrayList<>();
        try (DirectoryStream<Path> xmlFiles = Files.newDirectoryStream(directory, "*.{xml,XML}")) {
            for (Path file : xmlFiles) {
                MetsFile mets = read(file, previous);
                if (mets != null) {
                    found.add(mets);
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            // an unreadable directory holds no METS we can use
        }
        return List.copyOf(found);
    }

    private MetsFile read(Path file, DirectoryMets previous) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || attributes.size() > maxMetsBytes) {
                return null;
            }
            if (previous != null) {
                for (MetsFile known : previous.mets()) {
                    if (known.file().equals(file) && known.size() == attributes.size()
                            && known.modified().equals(attributes.lastModifiedTime())) {
                        return known;
                    }
                }
            }
            if (XmlRoot.of(file).filter(XmlRoot::isMets).isEmpty()) {
                return null;
            }
            byte[] content;
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes((int) Math.min(maxMetsBytes + 1, Integer.MAX_VALUE - 8));
            }
            if (content.length > maxMetsBytes) {
                return null;
            }
            return new MetsFile(file, attributes.size(), attributes.lastModifiedTime(), reader.read(content, file));
        } catch (IOException | UncheckedIOException | SecurityException | XmlReadException e) {
            // a METS that cannot be read names no page; the ALTO's own finding says none was found
            return null;
        }
    }

    private record MetsFile(Path file, long size, FileTime modified, MetsIssue issue) {
    }

    private record DirectoryMets(FileTime modified, List<MetsFile> mets) {

        /** Whether every METS file is still as it was read. */
        boolean unchanged() {
            for (MetsFile known : mets) {
                try {
                    BasicFileAttributes now = Files.readAttributes(known.file(), BasicFileAttributes.class);
                    if (now.size() != known.size() || !now.lastModifiedTime().equals(known.modified())) {
                        return false;
                    }
                } catch (IOException | SecurityException e) {
                    return false;
                }
            }
            return true;
        }
    }
}
