package org.baoku.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllowedRootsTest {

    @TempDir
    Path dir;

    @Test
    void acceptsPathsUnderARootIncludingOnesNotCreatedYet() throws Exception {
        Path deliveries = Files.createDirectories(dir.resolve("deliveries"));
        AllowedRoots roots = AllowedRoots.of(deliveries + ", " + dir.resolve("elsewhere"));

        assertEquals(deliveries.toRealPath().resolve("2024"), roots.check("inbox", deliveries + "/2024"));
        assertEquals(deliveries.toRealPath().resolve("new/quarantine"), roots.check("quarantine", deliveries + "/new/quarantine"));
    }

    @Test
    void refusesRelativeClimbingAndOutsidePaths() throws Exception {
        Path deliveries = Files.createDirectories(dir.resolve("deliveries"));
        AllowedRoots roots = AllowedRoots.of(deliveries.toString());

        assertTrue(refusal(roots, "deliveries/2024").contains("must be an absolute path"));
        assertTrue(refusal(roots, deliveries + "/../etc").contains("must not contain '..'"));
        assertTrue(refusal(roots, "/etc").contains("is not under an allowed root"));
        assertTrue(refusal(roots, "").contains("is required"));
    }

    @Test
    void refusesASymbolicLinkThatLeadsOutOfTheRoot() throws Exception {
        Path deliveries = Files.createDirectories(dir.resolve("deliveries"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(deliveries.resolve("escape"), outside);
        AllowedRoots roots = AllowedRoots.of(deliveries.toString());

        assertTrue(refusal(roots, deliveries + "/escape").contains("is not under an allowed root"));
        assertTrue(refusal(roots, deliveries + "/escape/inner").contains("is not under an allowed root"));
    }

    private static String refusal(AllowedRoots roots, String path) {
        return assertThrows(IllegalArgumentException.class, () -> roots.check("inbox", path)).getMessage();
    }
}
