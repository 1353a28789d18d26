package org.baoku.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineTest {

    @TempDir
    Path root;

    @Test
    void copiesTheFileUnderItsInboxPathWithItsReasonAndKeepsTheOriginal() throws Exception {
        Path inbox = root.resolve("inbox");
        Path file = inbox.resolve("2024-03-13/A04.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {0, 1, 2});
        Quarantine quarantine = new Quarantine(inbox, Quarantine.besideInbox(inbox));

        Path copy = quarantine.setAside(file, "{\"reason\":\"UNDECODABLE\"}");

        assertEquals(root.resolve("inbox.quarantine/2024-03-13/A04.txt"), copy);
        assertEquals(3, Files.size(copy));
        assertEquals("{\"reason\":\"UNDECODABLE\"}", Files.readString(copy.resolveSibling("A04.txt.reason.json")));
        assertTrue(Files.exists(file), "the original stays in the inbox");
    }

    @Test
    void quarantiningAgainOverwritesTheSameFiles() throws Exception {
        Path inbox = root.resolve("inbox");
        Path file = inbox.resolve("empty.txt");
        Files.createDirectories(inbox);
        Files.createFile(file);
        Quarantine quarantine = new Quarantine(inbox, root.resolve("q"));

        quarantine.setAside(file, "first");
        Path copy = quarantine.setAside(file, "second");

        assertEquals("second", Files.readString(copy.resolveSibling("empty.txt.reason.json")));
    }
}
