package org.baoku.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SharedRowsTest {

    private final List<String> looks = new ArrayList<>();

    @Test
    void aMissingRowIsCreatedAndFound() {
        List<String> rows = new ArrayList<>();
        String found = SharedRows.findOrCreate(() -> look(rows), () -> rows.add("row"));
        assertEquals("row", found);
        assertEquals(2, looks.size());
    }

    @Test
    void aRaceLostToAnotherPartitionIsSettledByLookingAgain() {
        List<String> rows = new ArrayList<>();
        String found = SharedRows.findOrCreate(() -> look(rows), () -> {
            rows.add("winner's row");
            throw new AlreadyCreated("issue 1960-01-01");
        });
        assertEquals("winner's row", found);
    }

    @Test
    void anyOtherFailureOfTheCreationGoesToTheCallerWithoutASecondLook() {
        RuntimeException outage = new IllegalStateException("57P01 terminating connection due to administrator command");
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> SharedRows.findOrCreate(() -> look(List.of()), () -> {
                    throw outage;
                }));
        assertSame(outage, thrown);
        assertEquals(1, looks.size(), "looked again in a transaction that may be marked for rollback");
    }

    private Optional<String> look(List<String> rows) {
        looks.add("look");
        return rows.stream().findFirst();
    }
}
