package org.baoku.cluster;

import java.util.Collection;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.baoku.archive.ImportRanges;
import org.baoku.archive.ImportRanges.Range;

/**
 * How a reader takes ranges of a run and gives them back, on this node's name and lease. A range that could not
 * be given back (the database was away when the runtime closed the reader to retry a chunk) is given back before
 * this node claims again: else its lease, which nobody renews any more, would keep it from every reader here,
 * the one that held it included, until it ran out (seen: a 20 s database restart left four of six ranges
 * unfinished and the run FAILED).
 */
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
        settleLetGo();
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
     * What the database does not take now is kept to be given back later ({@link #settleLetGo}).
     */
    public void letGo(Collection<Range> readThrough, Range current) {
        for (Range range : readThrough) {
            held.drop(range);
            held.letGoLater(range);
        }
        if (current != null) {
            held.drop(current);
            held.letGoLater(current);
        }
        try {
            settleLetGo();
        } catch (RuntimeException e) {
            // the database is away: the next claim here, or the next heartbeat, gives them back
            LOG.log(Level.FINE, "ranges left to give back later: " + held.toLetGo(), e);
        }
    }

    /** Finishes, or else gives back, every range this node let go of; the database being away, throws. */
    public void settleLetGo() {
        for (Range range : held.toLetGo()) {
            if (!ranges.finishIfComplete(range.run(), range.number())) {
                ranges.release(range.run(), range.number(), settings.node());
            }
            held.letGone(range);
        }
    }
}
