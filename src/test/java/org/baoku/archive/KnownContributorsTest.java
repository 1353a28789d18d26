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
            known.remember("记者" + i, contributor("记者" + i, i));
        }
        assertEquals(0L, known.get("记者0").getId(), "named again: now the most recent");

        known.remember("新人", contributor("新人", 99_999));

        assertEquals(KnownContributors.BOUND, known.size());
        assertNull(known.get("记者1"), "the least recently named is forgotten");
        assertNotNull(known.get("记者0"));
        assertEquals(99_999L, known.get("新人").getId());
        assertEquals("新人", known.get("新人").getName());
    }

    private static Contributor contributor(String name, long id) throws Exception {
        Contributor contributor = new Contributor(name);
        Field field = Contributor.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(contributor, id);
        return contributor;
    }
}
