package org.baoku.issuefile.parse.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the {@value DeliveryDescriptor#FILE_NAME} nearest to an article file: in its directory, else its
 * parent's, and so on up (deliveries nest files under {@code YYYY/MM/DD/}, {@code YYYY/MM/} or not at all,
 * so no depth is assumed), stopping at the {@code boundary} directory when one is given and the file lies
 * under it.
 *
 * <p>One instance serves every thread of an import of 100,000 files, so it remembers, in bounded LRU
 * caches, which descriptor each directory found and what each descriptor said. A remembered descriptor
 * costs one {@code stat} per file: when its modification time or size changed it is read again, when it
 * is gone the directory is searched again. Directories that found none are not remembered, so a descriptor
 * put in place during an import is seen by the next file; a descriptor added closer to a directory that
 * already found one further up is seen once that directory falls out of the cache.
 */
public final class NearbyDescriptor implements DescriptorLookup {

    public static final int DEFAULT_CACHE_SIZE = 4096;

    private record Stamp(FileTime modified, long size) {
    }

    private record Reading(Stamp stamp, DeliveryDescriptor descriptor) {
    }

    private final Path boundary;
    private final Map<Path, Path> nearest;
    private final Map<Path, Reading> readings;

    /** Searches up to the file system root. */
    public NearbyDescriptor() {
        this(null, DEFAULT_CACHE_SIZE);
    }

    /**
     * @param boundary  the highest directory searched (a delivery's or the inbox's root), or {@code null}
     * @param cacheSize how many directories and descriptors are remembered, each
     */
    public NearbyDescriptor(Path boundary, int cacheSize) {
        if (cacheSize < 1) {
            throw new IllegalArgumentException("cacheSize must be positive, not " + cacheSize);
        }
        this.boundary = boundary == null ? null : boundary.toAbsolutePath().normalize();
        this.nearest = lruMap(cacheSize);
        this.readings = lruMap(cacheSize);
    }

    @Override
    public Optional<DeliveryDescriptor> find(Path articleFile) {
        Path directory = articleFile.toAbsolutePath().normalize().getParent();
        if (directory == null) {
            return Optional.empty();
        }
        Path remembered = nearest.get(directory);
        if (remembered != null) {
            Optional<DeliveryDescriptor> descriptor = load(remembered);
            if (descriptor.isPresent()) {
                return descriptor;
            }
            nearest.remove(directory);
        }
        boolean bounded = boundary != null && directory.startsWith(boundary);
        for (Path dir = directory; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DeliveryDescriptor.FILE_NAME);
            Optional<DeliveryDescriptor> descriptor = load(candidate);
            if (descriptor.isPresent()) {
                nearest.put(directory, candidate);
                return descriptor;
            }
            if (bounded && dir.equals(boundary)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The descriptor at {@code file} as it is now, read again only when its stamp changed. */
    private Optional<DeliveryDescriptor> load(Path file) {
        Stamp stamp;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            stamp = new Stamp(attributes.lastModifiedTime(), attributes.size());
        } catch (IOException absent) {
            readings.remove(file);
            return Optional.empty();
        }
        Reading reading = readings.get(file);
        if (reading == null || !reading.stamp().equals(stamp)) {
            // two threads may read a changed file at once; both readings are equal, so no lock is held while reading
            reading = new Reading(stamp, DeliveryDescriptor.read(file));
            readings.put(file, reading);
        }
        return Optional.of(reading.descriptor());
    }

    private static <K, V> Map<K, V> lruMap(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
