package org.baoku.importjob;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.ImportRanges.Range;
import org.baoku.archive.Manifest;
import org.baoku.archive.ManifestItem;
import org.baoku.cluster.HeldRanges;
import org.baoku.cluster.RangeClaims;
import org.baoku.outage.DatabaseOutage;

/**
 * Reads the run's manifest range by range: claims a range nobody holds (on any node), reads it a window of
 * positions at a time, skipping entries that already have an import record, then claims the next, until no
 * range is left to claim. The checkpoint is the last position read; neither a restart nor a retried chunk
 * starts from it (see {@link #open}).
 */
@Named
@Dependent
public class ManifestReader extends AbstractItemReader {

    /** Manifest positions read per query. */
    private static final int WINDOW = 200;

    @Inject
    CurrentRun run;

    @Inject
    Manifest manifest;

    @Inject
    RangeClaims claims;

    @Inject
    HeldRanges held;

    private Range range;
    private long position;
    private final Deque<ManifestItem> page = new ArrayDeque<>();
    private final List<Range> readThrough = new ArrayList<>();
    private boolean opened;

    @Override
    public void open(Serializable checkpoint) {
        // Never from the checkpoint: entries that have an import record are skipped, so the archive says what
        // is done. The job repository commits apart from the archive, and after a crash its checkpoint can be
        // ahead of the archive's last commit (seen on H2 after kill -9 in CrashRecoveryIT: 60 files ahead);
        // starting there would skip the files in between for good.
        //
        // The runtime also closes and opens the reader again when it rolls a chunk back to retry it (a lost
        // database, a lock timeout): what the window read ahead is dropped too, and close() gave the ranges
        // back, else the rolled-back chunk's files would never be read again (seen: 2,947 of 3,000 files after
        // a 20-s database restart).
        page.clear();
        range = null;
        readThrough.clear();
        held.readerOpened(run.instance(), run.execution());
        opened = true;
    }

    @Override
    public Object readItem() throws Exception {
        try {
            while (true) {
                if (range == null) {
                    range = claims.claim(run.instance(), run.execution()).orElse(null);
                    if (range == null) {
                        return null; // every range is finished or held by a live reader
                    }
                    position = range.after();
                }
                while (page.isEmpty() && position < range.last()) {
                    long windowEnd = Math.min(range.last(), position + WINDOW);
                    page.addAll(manifest.pending(run.instance(), position, windowEnd));
                    if (page.isEmpty()) {
                        position = windowEnd; // every entry of the window already has its import record
                    }
                }
                ManifestItem item = page.pollFirst();
                if (item != null) {
                    position = item.position();
                    return item;
                }
                claims.readThrough(range);
                readThrough.add(range);
                range = null;
            }
        } catch (RuntimeException e) {
            throw DatabaseOutage.retryable(e);
        }
    }

    @Override
    public void close() {
        if (!opened) {
            return;
        }
        opened = false;
        try {
            claims.letGo(readThrough, range);
        } finally {
            readThrough.clear();
            range = null;
            held.readerClosed(run.instance(), run.execution());
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
