package org.baoku.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxScannerTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final Instant AN_HOUR_AGO = NOW.minusSeconds(3600);

    @TempDir
    Path inbox;

    @Test
    void takesSettledFilesInSortedOrderWithSizeAndSha256() throws IOException {
        write("2024-03-12/A01.txt", "b", AN_HOUR_AGO);
        write("2024-03-11/A02.txt", "abc", AN_HOUR_AGO);
        write("2024-03-11/A01.txt", "", AN_HOUR_AGO);

        List<DeliveredFile> files = scan(ScanRules.of(null, null, 60));

        assertEquals(List.of(inbox.resolve("2024-03-11/A01.txt"), inbox.resolve("2024-03-11/A02.txt"),
                inbox.resolve("2024-03-12/A01.txt")), files.stream().map(DeliveredFile::path).toList());
        DeliveredFile abc = files.get(1);
        assertEquals(3, abc.sizeBytes());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", abc.sha256());
        assertEquals(AN_HOUR_AGO, abc.modified());
    }

    @Test
    void leavesHiddenPartialAndUnsettledFilesForLater() throws IOException {
        write("A01.txt", "x", AN_HOUR_AGO);
        write(".hidden.txt", "x", AN_HOUR_AGO);
        write(".incoming/A02.txt", "x", AN_HOUR_AGO);
        write("A03.txt.part", "x", AN_HOUR_AGO);
        write("day/A04.tmp", "x", AN_HOUR_AGO);
        write("A05.txt", "still arriving", NOW.minusSeconds(10));

        List<DeliveredFile> files = scan(ScanRules.of(null, null, 60));

        assertEquals(List.of(inbox.resolve("A01.txt")), files.stream().map(DeliveredFile::path).toList());
    }

    @Test
    void leavesTheDescriptorAndThePageImagesOfADeliveryWhereTheyAre() throws IOException {
        write("delivery.properties", "publication=云岭日报", AN_HOUR_AGO);
        write("2024/01/20/20240120-01-01.txt", "x", AN_HOUR_AGO);
        write("batch_a/delivery.properties", "publication=x", AN_HOUR_AGO);
        write("batch_a/sn1/1900010101/0001.xml", "<alto/>", AN_HOUR_AGO);
        write("batch_a/sn1/1900010101/0001.jp2", "img", AN_HOUR_AGO);
        write("batch_a/sn1/1900010101/0001.pdf", "pdf", AN_HOUR_AGO);
        write("batch_a/sn1/1900010101/0001.TIF", "img", AN_HOUR_AGO);
        write("cover.png", "img", AN_HOUR_AGO);

        List<DeliveredFile> files = scan(ScanRules.of(null, null, 60));

        assertEquals(List.of(inbox.resolve("2024/01/20/20240120-01-01.txt"),
                inbox.resolve("batch_a/sn1/1900010101/0001.xml")), files.stream().map(DeliveredFile::path).toList());
    }

    @Test
    void appliesIncludeAndExcludeGlobsRelativeToTheInbox() throws IOException {
        write("2024/A01.txt", "x", AN_HOUR_AGO);
        write("2024/A01.md", "x", AN_HOUR_AGO);
        write("2024/notes/readme.txt", "x", AN_HOUR_AGO);

        List<DeliveredFile> files = scan(ScanRules.of("**.txt", "**/notes/**", 0));

        assertEquals(List.of(inbox.resolve("2024/A01.txt")), files.stream().map(DeliveredFile::path).toList());
    }

    @Test
    void refusesAnInboxThatIsNotADirectory() {
        IOException error = assertThrows(IOException.class, () -> new InboxScanner(ScanRules.of(null, null, 0),
                Clock.fixed(NOW, ZoneOffset.UTC)).scan(inbox.resolve("missing"), f -> { }));
        assertEquals("inbox " + inbox.resolve("missing") + " is not a readable directory", error.getMessage());
    }

    @Test
    void aFileThatCannotBeReadHasNoSha256() {
        assertNull(InboxScanner.sha256(inbox.resolve("vanished.txt")));
    }

    private List<DeliveredFile> scan(ScanRules rules) throws IOException {
        List<DeliveredFile> files = new ArrayList<>();
        new InboxScanner(rules, Clock.fixed(NOW, ZoneOffset.UTC)).scan(inbox, files::add);
        return files;
    }

    private void write(String relative, String content, Instant modified) throws IOException {
        Path file = inbox.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
