package org.baoku.importjob;

import java.util.BitSet;

/**
 * Manifest positions of a run whose files' articles an execution's import step indexed as it imported them,
 * and the backend wrote: the run's {@code index-articles} step need not read them back.
 */
final class IndexedPositions {

    /** Nothing known to be indexed: the step reads every page of the run. */
    static final IndexedPositions NONE = new IndexedPositions(new BitSet());

    private final BitSet positions;

    /** @param positions taken over, not copied */
    IndexedPositions(BitSet positions) {
        this.positions = positions;
    }

    /** Whether a position can be kept (a bit of a BitSet). */
    static boolean tracks(long position) {
        return position >= 0 && position < Integer.MAX_VALUE;
    }

    boolean contains(long position) {
        return tracks(position) && positions.get((int) position);
    }

    long count() {
        return positions.cardinality();
    }
}
