package org.baoku.issuefile.parse.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearbyDescriptorTest {

    @TempDir
    Path delivery;

    private Path article(String relative) throws IOException {
        Path file = delivery.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "标题\n正文。\n");
        return file;
    }

    private Path descriptor(Path dir, String publication) throws IOException {
        return Files.writeString(dir.resolve(DeliveryDescriptor.FILE_NAME), "publication=" + publication + "\n");
    }

    @Test
    void foundInTheFilesOwnDirectoryOneOrTwoLevelsUp() throws IOException {
        descriptor(delivery, "云江日报");
        NearbyDescriptor lookup = new NearbyDescriptor(delivery, 16);
        assertEquals("云江日报", lookup.find(article("20240120-01-01.txt")).orElseThrow().publication());
        assertEquals("云江日报", lookup.find(article("2024/20240120-01-01.txt")).orElseThrow().publication());
        assertEquals("云江日报", lookup.find(article("2024/01/20240120-01-01.txt")).orElseThrow().publication());
        assertEquals("云江日报", lookup.find(article("2024/01/20/20240120-01-01.txt")).orElseThrow().publication());
    }

    @Test
    void theNearestDescriptorWins() throws IOException {
        descriptor(delivery, "云江日报");
        Path evening = article("evening/2024/01/20/20240120-01-01.txt");
        descriptor(delivery.resolve("evening"), "云江晚报");
        assertEquals("云江晚报", new NearbyDescriptor(delivery, 16).find(evening).orElseThrow().publication());
    }

    @Test
    void noDescriptorUpToTheBoundaryIsNone() throws IOException {
        Path inbox = delivery.resolve("inbox");
        Path file = article("inbox/2024/01/20/20240120-01-01.txt");
        descriptor(delivery, "above the boundary");
        assertEquals(Optional.empty(), new NearbyDescriptor(inbox, 16).find(file));
    }

    @Test
    void aChangedDescriptorIsReadAgainAndADeletedOneIsGone() throws IOException {
        Path file = article("2024/01/20/20240120-01-01.txt");
        Path properties = descriptor(delivery, "云江日报");
        Files.setLastModifiedTime(properties, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        NearbyDescriptor lookup = new NearbyDescriptor(delivery, 16);
        assertEquals("云江日报", lookup.find(file).orElseThrow().publication());

        descriptor(delivery, "云江晚报"); // the same size: only the modification time tells
        Files.setLastModifiedTime(properties, FileTime.from(Instant.parse("2024-01-02T00:00:00Z")));
        assertEquals("云江晚报", lookup.find(file).orElseThrow().publication());

        Files.delete(properties);
        assertEquals(Optional.empty(), lookup.find(file));
        descriptor(delivery.resolve("2024"), "云江晨报");
        assertEquals("云江晨报", lookup.find(file).orElseThrow().publication(), "a descriptor added is seen at once");
    }

    @Test
    void aSmallCacheServesManyDirectoriesFromManyThreads() throws Exception {
        descriptor(delivery, "云江日报");
        NearbyDescriptor lookup = new NearbyDescriptor(delivery, 2);
        List<Path> files = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            files.add(article(String.format("2024/01/%02d/202401%02d-01-01.txt", day, day)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> found = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (Path file : files) {
                    found.add(pool.submit(() -> lookup.find(file).orElseThrow().publication()));
                }
            }
            for (Future<String> publication : found) {
                assertEquals("云江日报", publication.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(lookup.find(delivery.resolve("elsewhere/x.txt")).isPresent());
    }
}
