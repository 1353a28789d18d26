package org.baoku.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.baoku.archive.DanglingContinuations.ContinuedHalf;
import org.baoku.archive.DanglingContinuations.Dangling;
import org.junit.jupiter.api.Test;

class DanglingContinuationsTest {

    private static ContinuedHalf continuedTo(long id, String page, String to, String key) {
        return new ContinuedHalf(id, 10, page, 0, "头条" + id, to, null, key);
    }

    private static ContinuedHalf continuedFrom(long id, String page, String from, String key) {
        return new ContinuedHalf(id, 20, page, 1, null, null, from, key);
    }

    @Test
    void twoHalvesWithTheSameJumpKeyAreJoined() {
        assertEquals(List.of(), DanglingContinuations.among(List.of(
                continuedTo(1, "A01", "A02", "①"), continuedFrom(2, "A02", "A01", "①"))));
    }

    @Test
    void aPartContinuedToAPageWhereNothingContinuesIsDangling() {
        List<Dangling> dangling = DanglingContinuations.among(List.of(continuedTo(1, "A01", "A02", "①")));
        assertEquals(1, dangling.size());
        assertEquals(1, dangling.get(0).half().articleId());
        assertEquals("is continued to A02 ①, but no article there continues from A01", dangling.get(0).what());
        assertEquals("「头条1」", dangling.get(0).half().name());
    }

    @Test
    void aPartContinuingFromAPageWhereNothingIsContinuedIsDangling() {
        List<Dangling> dangling = DanglingContinuations.among(List.of(continuedFrom(2, "A02", "A01", null)));
        assertEquals(1, dangling.size());
        assertEquals("continues from A01 , but no article there is continued to A02", dangling.get(0).what());
        assertEquals("article 1", dangling.get(0).half().name());
    }

    @Test
    void halvesWithDifferentJumpKeysOrPagesDoNotJoin() {
        assertEquals(2, DanglingContinuations.among(List.of(
                continuedTo(1, "A01", "A02", "①"), continuedFrom(2, "A02", "A01", "②"))).size());
        assertEquals(2, DanglingContinuations.among(List.of(
                continuedTo(1, "A01", "A03", "①"), continuedFrom(2, "A02", "A01", "①"))).size());
    }

    @Test
    void aMiddlePartJoinsBothWays() {
        ContinuedHalf middle = new ContinuedHalf(2, 20, "A02", 0, null, "A03", "A01", "①");
        assertEquals(List.of(), DanglingContinuations.among(List.of(
                continuedTo(1, "A01", "A02", "①"), middle, continuedFrom(3, "A03", "A02", "①"))));
    }
}
