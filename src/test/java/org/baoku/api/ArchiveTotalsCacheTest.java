package org.baoku.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import org.baoku.archive.ImportStatistics;
import org.baoku.archive.ImportStatistics.ArchiveTotals;

class ArchiveTotalsCacheTest {

    /** Counts like the archive would, a page more on every count. */
    static final class GrowingArchive extends ImportStatistics {
        int counts;

        @Override
        public ArchiveTotals totals() {
            counts++;
            return new ArchiveTotals(1, 1, counts, 0, 0);
        }
    }

    @Test
    void aRunningExecutionReusesRecentCountsAndAnEndedOneCountsAfresh() {
        GrowingArchive archive = new GrowingArchive();
        ArchiveTotalsCache cache = new ArchiveTotalsCache();
        cache.statistics = archive;

        assertEquals(1, cache.totals(true).pages());
        assertEquals(1, cache.totals(true).pages(), "within 30 s of the last count, while running");
        assertEquals(1, archive.counts);

        assertEquals(2, cache.totals(false).pages(), "an ended execution's view counts afresh");
        assertEquals(3, cache.totals(false).pages());
        assertEquals(3, archive.counts);
    }
}
