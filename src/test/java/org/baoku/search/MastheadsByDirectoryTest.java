package org.baoku.search;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.baoku.issuefile.IssueMasthead;

class MastheadsByDirectoryTest {

    private final MastheadsByDirectory mastheads = new MastheadsByDirectory();

    @Test
    void anInnerPageTakesItsDirectorysFrontPage() {
        IssueMasthead front = masthead("青城日报", LocalDate.of(1950, 3, 11));
        IssueMasthead inner = masthead(null, null);

        assertSame(front, mastheads.of("1950-03-11", front));
        assertSame(front, mastheads.of("1950-03-11", inner));
    }

    @Test
    void notAnotherDirectorysFrontPage() {
        IssueMasthead front = masthead("青城日报", LocalDate.of(1950, 3, 11));
        IssueMasthead inner = masthead(null, null);
        mastheads.of("1950-03-11", front);

        assertSame(inner, mastheads.of("1950-03-12", inner), "its own, incomplete as it is");
    }

    @Test
    void aPageThatPrintedTitleAndDateKeepsItsOwn() {
        IssueMasthead front = masthead("青城日报", LocalDate.of(1950, 3, 11));
        IssueMasthead supplement = masthead("青城日报副刊", LocalDate.of(1950, 3, 11));
        IssueMasthead dateOnly = masthead(null, LocalDate.of(1950, 3, 11));
        mastheads.of("1950-03-11", front);

        assertSame(supplement, mastheads.of("1950-03-11", supplement));
        assertSame(front, mastheads.of("1950-03-11", dateOnly), "the directory's first front page, not the supplement");
    }

    private static IssueMasthead masthead(String publication, LocalDate date) {
        return new IssueMasthead(publication, null, null, date, null, null, null, null, null, null);
    }
}
