package org.baoku.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Builds inboxes for integration tests on the local disk, which the server started by Arquillian
 * shares: the project's own test pages plus the shared real front page.
 */
final class TestInboxes {

    static final Path PROJECT = Path.of(System.getProperty("baoku.projectDir", ".")).toAbsolutePath().normalize();
    static final Path SHARED_SAMPLE = PROJECT.resolve("../shared/samples/000_528cc057e7984c5f.txt").normalize();

    private TestInboxes() {
    }

    /** A fresh directory holding a copy of {@code src/test/inboxes/NAME}, and the shared sample if asked. */
    static Path copyOf(String name, boolean withSharedSample) throws IOException {
        Path inbox = PROJECT.resolve("target/it-inboxes").resolve(name + "-" + UUID.randomUUID());
        Files.createDirectories(inbox);
        Path source = PROJECT.resolve("src/test/inboxes").resolve(name);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (!file.getFileName().toString().endsWith(".md")) {
                    Files.copy(file, inbox.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        if (withSharedSample) {
            Files.copy(SHARED_SAMPLE, inbox.resolve(SHARED_SAMPLE.getFileName()));
        }
        return inbox;
    }

    /**
     * A fresh copy of the demo delivery {@code src/demo/inbox} (three days of 青川日报, one directory a
     * day, one binary file): its inner pages join their issue through the directory they share.
     */
    static Path demo() throws IOException {
        Path inbox = PROJECT.resolve("target/it-inboxes").resolve("demo-" + UUID.randomUUID());
        Path source = PROJECT.resolve("src/demo/inbox");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = inbox.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return inbox;
    }
}
