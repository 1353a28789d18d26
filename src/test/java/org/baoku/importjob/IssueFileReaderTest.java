package org.baoku.importjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueFileReaderTest {

    @TempDir
    Path inbox;

    @Test
    void listsFilesRecursivelyInSortedOrderAndSkipsHiddenOnes() throws Exception {
        touch("2024-03-12/A02.txt");
        touch("2024-03-11/A02.txt");
        touch("2024-03-11/A01.txt");
        touch("2024-03-11/.A03.txt.swp");
        touch(".incoming/2024-03-13/A01.txt");

        List<Path> files = IssueFileReader.listIssueFiles(inbox);

        assertEquals(List.of(inbox.resolve("2024-03-11/A01.txt"), inbox.resolve("2024-03-11/A02.txt"),
                inbox.resolve("2024-03-12/A02.txt")), files);
    }

    @Test
    void resumesAfterTheCheckpointedPosition() throws Exception {
        touch("a.txt");
        touch("b.txt");
        touch("c.txt");
        IssueFileReader reader = new IssueFileReader();
        reader.inbox = inbox.toString();

        reader.open(null);
        reader.readItem();
        java.io.Serializable checkpoint = reader.checkpointInfo();
        IssueFileReader restarted = new IssueFileReader();
        restarted.inbox = inbox.toString();
        restarted.open(checkpoint);

        assertEquals(inbox.resolve("b.txt"), restarted.readItem());
        assertEquals(inbox.resolve("c.txt"), restarted.readItem());
        assertNull(restarted.readItem());
    }

    @Test
    void refusesAMissingInboxWithAClearMessage() {
        IssueFileReader reader = new IssueFileReader();
        reader.inbox = inbox.resolve("nowhere").toString();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> reader.open(null));
        assertEquals("inbox " + inbox.resolve("nowhere") + " is not a readable directory", error.getMessage());
    }

    private void touch(String relative) throws Exception {
        Path file = inbox.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, relative);
    }
}
