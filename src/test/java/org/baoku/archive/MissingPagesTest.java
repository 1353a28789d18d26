package org.baoku.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MissingPagesTest {

    @Test
    void anIssueWithEveryPageLacksNothing() {
        assertEquals(Set.of(), MissingPages.of(4, List.of("A03", "A01", "A04", "A02")));
    }

    @Test
    void theLabelsFollowTheSchemeOfTheIssuesOwnPages() {
        assertEquals(Set.of("A02", "A04"), MissingPages.of(4, List.of("A01", "A03")));
        assertEquals(Set.of("02"), MissingPages.of(2, List.of("01")));
        assertEquals(Set.of("3"), MissingPages.of(3, List.of("1", "2")));
    }

    @Test
    void anIssueWithoutNumberedPagesLacksAllOfThemInTwoDigits() {
        assertEquals(Set.of("01", "02"), MissingPages.of(2, List.of()));
        assertEquals(Set.of("01", "02"), MissingPages.of(2, List.of("副刊")));
    }

    @Test
    void missingLabelsAreSorted() {
        assertEquals(List.of("A02", "A05", "A08"), List.copyOf(MissingPages.of(8,
                List.of("A01", "A03", "A04", "A06", "A07"))));
    }
}
