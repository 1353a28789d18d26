package org.baoku.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.baoku.archive.ImportRanges;
import org.baoku.archive.ImportRanges.Range;
import org.junit.jupiter.api.Test;

/**
 * A range a reader lets go of while the database is away is not left to its lease: the next claim on this node
 * (the same reader, opened again for the retry) first gives it back, and can take it again at once.
 */
class RangeClaimsTest {

    /** Ranges 1 and 2 of run 7: who owns each; every call fails while the database is "down". */
    static final class TwoRanges extends ImportRanges {
        final TreeMap<Integer, String> owners = new TreeMap<>();
        boolean down;

        TwoRanges() {
            owners.put(1, "");
            owners.put(2, "");
        }

        @Override
        public Optional<Range> claim(long run, String node, long execution, Duration lease) {
            available();
            return owners.entrySet().stream().filter(e -> e.getValue().isEmpty()).findFirst().map(e -> {
                owners.put(e.getKey(), node);
                return new Range(run, e.getKey(), (e.getKey() - 1) * 10L, e.getKey() * 10L);
            });
        }

        @Override
        public boolean finishIfComplete(long run, int number) {
            available();
            return false;
        }

        @Override
        public void release(long run, int number, String node) {
            available();
            owners.put(number, "");
        }

        private void available() {
            if (down) {
                throw new IllegalStateException("connection refused");
            }
        }
    }

    @Test
    void aRangeThatCouldNotBeGivenBackIsGivenBackBeforeTheNextClaim() {
        TwoRanges database = new TwoRanges();
        RangeClaims claims = new RangeClaims();
        claims.ranges = database;
        claims.held = new HeldRanges();
        claims.settings = new ClusterSettings();
        Range first = claims.claim(7, 70).orElseThrow();
        assertEquals(1, first.number());

        database.down = true;
        claims.letGo(List.of(), first); // the runtime closes the reader to retry its chunk
        assertEquals(Set.of(first), claims.held.toLetGo());
        assertThrows(IllegalStateException.class, () -> claims.claim(7, 70), "still away: the retry waits");

        database.down = false;
        assertEquals(1, claims.claim(7, 70).orElseThrow().number(), "its own range again, not its lease's end");
        assertEquals(Set.of(), claims.held.toLetGo());
        assertEquals(2, claims.claim(7, 71).orElseThrow().number());
    }
}
