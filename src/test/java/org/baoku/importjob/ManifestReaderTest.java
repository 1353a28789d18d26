package org.baoku.importjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import org.baoku.archive.ImportRanges.Range;
import org.baoku.archive.Manifest;
import org.baoku.archive.ManifestItem;
import org.baoku.cluster.HeldRanges;
import org.baoku.cluster.RangeClaims;
import org.junit.jupiter.api.Test;

/**
 * The reader's contract with the batch runtime: whatever position it had reached, an {@code open} (a restart, or
 * the runtime rolling a chunk back to retry it) reads every entry without an import record again, and ranges it
 * read through are finished only when all their entries are recorded.
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

    /** The run's ranges, claimed in order as the database would hand them out; given back as the reader lets go. */
    static final class RangesOfOneRun extends RangeClaims {
        final ManifestOfPositions manifest;
        final List<Range> free = new ArrayList<>();
        final List<Range> finished = new ArrayList<>();

        RangesOfOneRun(ManifestOfPositions manifest, List<Range> ranges) {
            this.manifest = manifest;
            free.addAll(ranges);
        }

        @Override
        public Optional<Range> claim(long run, long execution) {
            return free.isEmpty() ? Optional.empty() : Optional.of(free.remove(0));
        }

        @Override
        public void readThrough(Range range) {
        }

        @Override
        public void letGo(Collection<Range> readThrough, Range current) {
            for (Range range : readThrough) {
                boolean complete = LongStream.rangeClosed(range.after() + 1, range.last()).allMatch(manifest.recorded::contains);
                (complete ? finished : free).add(range);
            }
            if (current != null) {
                free.add(0, current);
            }
        }
    }

    private static ManifestReader reader(RangesOfOneRun ranges) {
        ManifestReader reader = new ManifestReader();
        reader.manifest = ranges.manifest;
        reader.claims = ranges;
        reader.held = new HeldRanges();
        reader.run = new CurrentRun() {
            @Override
            public long instance() {
                return 7L;
            }

            @Override
            public long execution() {
                return 70L;
            }
        };
        return reader;
    }

    private static ManifestReader reader(ManifestOfPositions manifest, long after, long last) {
        return reader(new RangesOfOneRun(manifest, List.of(new Range(7, 1, after, last))));
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

    @Test
    void aReaderTakesRangeAfterRangeAndFinishesOnlyThoseWhoseFilesAreAllRecorded() throws Exception {
        ManifestOfPositions manifest = new ManifestOfPositions(30);
        RangesOfOneRun ranges = new RangesOfOneRun(manifest,
                List.of(new Range(7, 1, 0, 10), new Range(7, 2, 10, 20), new Range(7, 3, 20, 30)));
        ManifestReader reader = reader(ranges);
        reader.open(null);
        List<Long> read = read(reader, 25); // ranges 1 and 2 read through, 5 files into range 3
        assertEquals(LongStream.rangeClosed(1, 25).boxed().toList(), read);
        LongStream.rangeClosed(1, 18).forEach(manifest.recorded::add); // the chunk with 19.. rolled back

        reader.close();

        assertEquals(List.of(new Range(7, 1, 0, 10)), ranges.finished);
        assertEquals(List.of(new Range(7, 3, 20, 30), new Range(7, 2, 10, 20)), ranges.free,
                "the range it was in and the one with unrecorded files go back");
        reader.open(null);
        assertEquals(LongStream.rangeClosed(21, 30).boxed().toList(), read(reader, 10));
        assertEquals(List.of(19L, 20L), read(reader, 10));
        assertNull(reader.readItem());
    }
}
