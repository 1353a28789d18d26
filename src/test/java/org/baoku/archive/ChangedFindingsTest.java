package org.baoku.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChangedFindingsTest {

    /** A recorded finding: its id and its key. */
    private record Recorded(long id, String key) {
    }

    private static ChangedFindings<Recorded, String> between(List<String> wanted, Recorded... recorded) {
        return ChangedFindings.between(wanted, List.of(recorded), Recorded::key);
    }

    @Test
    void findingsThatStillHoldAreLeftAlone() {
        ChangedFindings<Recorded, String> changes = between(List.of("a", "b"), new Recorded(1, "b"), new Recorded(2, "a"));
        assertEquals(List.of(), changes.stale());
        assertEquals(List.of(), changes.missing());
    }

    @Test
    void onlyWhatChangedIsDeletedOrAdded() {
        ChangedFindings<Recorded, String> changes = between(List.of("a", "c"), new Recorded(1, "a"), new Recorded(2, "b"));
        assertEquals(List.of(new Recorded(2, "b")), changes.stale());
        assertEquals(List.of("c"), changes.missing());
    }

    @Test
    void aFindingRecordedTwiceKeepsOneCopy() {
        ChangedFindings<Recorded, String> changes = between(List.of("a"), new Recorded(1, "a"), new Recorded(2, "a"));
        assertEquals(List.of(new Recorded(2, "a")), changes.stale());
        assertEquals(List.of(), changes.missing());
    }

    @Test
    void nothingWantedDeletesEverything() {
        assertEquals(2, between(List.of(), new Recorded(1, "a"), new Recorded(2, "b")).stale().size());
        assertEquals(List.of("a", "b"), between(List.of("a", "b")).missing());
    }
}
