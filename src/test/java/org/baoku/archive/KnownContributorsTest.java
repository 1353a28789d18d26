package org.baoku.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;

import org.junit.jupiter.api.Test;

class KnownContributorsTest {

    @Test
    void forgetsTheLeastRecentlyNamedBeyondItsBound() throws Exception {
        KnownContributors known = new KnownContributors();
        for (int i = 0; i < KnownContributors.BOUND; i++) {
            known.remember(contributor("记者" + i, i));
        }
        assertEquals(0L, known.idOf("记者0"), "named again: now the most recent");

        known.remember(contributor("新人", 99_999));

        assertEquals(KnownContributors.BOUND, known.size());
        assertNull(known.idOf("记者1"), "the least recently named is forgotten");
        assertNotNull(known.idOf("记者0"));
        assertEquals(99_999L, known.idOf("新人"));
    }

    private static Contributor contributor(String name, long id) throws Exception {
        Contributor contributor = new Contributor(name);
        Field field = Contributor.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(contributor, id);
        return contributor;
    }
}
