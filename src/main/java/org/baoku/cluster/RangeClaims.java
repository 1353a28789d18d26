package org.baoku.cluster;

import java.util.Collection;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.baoku.archive.ImportRanges;
import org.baoku.archive.ImportRanges.Range;

/** How a reader takes ranges of a run and gives them back, on this node's name and lease. */
@Dependent
public class RangeClaims {

    private static final Logger LOG = Logger.getLogger(RangeClaims.class.getName());

    @Inject
    ImportRanges ranges;

    @Inject
    HeldRanges held;

    @Inject
    ClusterSettings settings;

    public Optional<Range> claim(long run, long execution) {
        Optional<Range> range = ranges.claim(run, settings.node(), execution, settings.lease());
        range.ifPresent(held::hold);
        return range;
    }

    /** Every entry of the range has been read; it is finished once the last of them is committed. */
    public void readThrough(Range range) {
        held.readThrough(range);
    }

    /**
     * A reader closes: the ranges it read through are finished if their files are all recorded, else given back
     * (a chunk rolled back: whoever claims them reads their unrecorded files again), and so is the range it was in.
     */
    public void letGo(Collection<Range> readThrough, Range current) {
        for (Range range : readThrough) {
            try {
                if (!ranges.finishIfComplete(range.run(), range.number())) {
                    ranges.release(range.run(), range.number(), settings.node());
                }
            } catch (RuntimeException e) {
                // the database is away (a rolled-back chunk is being retried): no longer renewed, the lease runs out
                LOG.log(Level.FINE, "range " + range + " left to its lease", e);
            } finally {
                held.drop(range);
            }
        }
        if (current != null) {
            try {
                ranges.release(current.run(), current.number(), settings.node());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "range " + current + " left to its lease", e);
            } finally {
                held.drop(current);
            }
        }
    }
}
