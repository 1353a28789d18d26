package org.baoku.importjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import jakarta.batch.runtime.context.JobContext;

import org.baoku.archive.Manifest;
import org.baoku.archive.ManifestItem;
import org.junit.jupiter.api.Test;

/**
 * The reader's contract with the batch runtime: whatever position it had reached, an {@code open} (a restart, or
 * the runtime rolling a chunk back to retry it) reads every entry without an import record again.
 */
class ManifestReaderTest {

    /** The manifest of one partition, positions 1..n; an entry is done once it has its import record. */
    static final class ManifestOfPositions extends Manifest {
        final long size;
        final Set<Long> recorded = new TreeSet<>();

        ManifestOfPositions(long size) {
            this.size = size;
        }

        @Override
        public List<ManifestItem> pending(long jobInstanceId, long after, long last) {
            return LongStream.rangeClosed(after + 1, Math.min(last, size))
                    .filter(p -> !recorded.contains(p))
                    .mapToObj(p -> new ManifestItem(p, "page-" + p + ".txt", 100, "sha-" + p, null))
                    .toList();
        }
    }

    private static ManifestReader reader(ManifestOfPositions manifest, long after, long last) {
        ManifestReader reader = new ManifestReader();
        reader.after = Long.toString(after);
        reader.last = Long.toString(last);
        reader.manifest = manifest;
        reader.job = (JobContext) Proxy.newProxyInstance(JobContext.class.getClassLoader(),
                new Class<?>[] {JobContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getInstanceId")) {
                        return 7L;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return reader;
    }

    private static List<Long> read(ManifestReader reader, int count) throws Exception {
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ManifestItem item = (ManifestItem) reader.readItem();
            if (item == null) {
                break;
            }
            positions.add(item.position());
        }
        return positions;
    }

    @Test
    void aChunkRolledBackIsReadAgainAfterTheRuntimeOpensTheReaderAgain() throws Exception {
        ManifestOfPositions manifest = new ManifestOfPositions(1_000);
        ManifestReader reader = reader(manifest, 0, 1_000);
        reader.open(null);
        List<Long> firstChunk = read(reader, 10);
        firstChunk.forEach(manifest.recorded::add); // committed
        assertEquals(List.of(11L, 12L, 13L, 14L, 15L), read(reader, 5)); // then the database goes away

        Object checkpoint = reader.checkpointInfo();
        reader.close();
        reader.open((java.io.Serializable) checkpoint); // the runtime's rollback before the retry

        assertEquals(List.of(11L, 12L, 13L), read(reader, 3));
    }

    @Test
    void everyPendingEntryOfTheRangeIsReadExactlyOnceAcrossRetries() throws Exception {
        ManifestOfPositions manifest = new ManifestOfPositions(1_000);
        ManifestReader reader = reader(manifest, 100, 900);
        reader.open(null);
        List<Long> committed = new ArrayList<>();
        int chunk = 0;
        while (true) {
            List<Long> items = read(reader, 37);
            if (items.isEmpty()) {
                break;
            }
            if (++chunk % 3 == 0) { // every third chunk is rolled back once and retried
                reader.close();
                reader.open(reader.checkpointInfo());
                continue;
            }
            manifest.recorded.addAll(items);
            committed.addAll(items);
        }
        assertEquals(LongStream.rangeClosed(101, 900).boxed().toList(), committed);
        assertNull(reader.readItem());
    }
}
