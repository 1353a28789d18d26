package org.baoku.it;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Builds inboxes for integration tests on the local disk, which the server started by Arquillian
 * shares: the project's own test pages plus the shared real front page.
 */
public final class TestInboxes {

    static final Path PROJECT = Path.of(System.getProperty("baoku.projectDir", ".")).toAbsolutePath().normalize();
    static final Path SHARED_SAMPLE = PROJECT.resolve("../shared/samples/000_528cc057e7984c5f.txt").normalize();

    private TestInboxes() {
    }

    /**
     * A fresh copy of the demo inbox ({@code src/demo/inbox}, with its day folders) in which the paper is
     * called {@code title} instead of 青川日报: the same pages, but a publication of their own, so a test
     * that imports it neither meets nor hides the pages other tests import from the demo (the skeleton
     * inbox is byte for byte its first issue). Each text file keeps its encoding and line ends and gains a
     * line of spaces; a file that is neither UTF-8 nor GB18030 (the demo's binary page) is copied as it is.
     */
    static Path demoInboxAs(String title) throws IOException {
        Path source = PROJECT.resolve("src/demo/inbox");
        Path inbox = PROJECT.resolve("target/it-inboxes").resolve("demo-" + UUID.randomUUID());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path copy = inbox.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.write(copy, retitled(Files.readAllBytes(file), title));
            }
        }
        return inbox;
    }

    private static byte[] retitled(byte[] bytes, String title) {
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                if (text.contains("\u0000")) {
                    continue; // binary that happens to decode
                }
                String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
                // inner pages name no paper: a last line of spaces, as many as the title picks, keeps
                // each copy's bytes (sha256) apart from the demo's and from other copies'
                String apart = " ".repeat(1 + Math.floorMod(title.hashCode(), 61)) + lineEnd;
                return (text.replace("青川日报", title) + apart).getBytes(charset);
            } catch (CharacterCodingException notThisCharset) {
                // try the next one
            }
        }
        return bytes;
    }

    /**
     * A fresh copy of the delivery {@code src/test/inboxes/NAME} with all its folders (its notes,
     * {@code *.md}, left out), each file keeping its modification time.
     */
    static Path treeCopyOf(String name) throws IOException {
        Path source = PROJECT.resolve("src/test/inboxes").resolve(name);
        Path inbox = PROJECT.resolve("target/it-inboxes").resolve(name + "-" + UUID.randomUUID());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (!file.getFileName().toString().endsWith(".md")) {
                    Path copy = inbox.resolve(source.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return inbox;
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

    /** The demo delivery ({@code src/demo/inbox}) copied as it is, day folders and all, into {@code to}. */
    public static Path demoInboxCopiedTo(Path to) throws IOException {
        Path from = PROJECT.resolve("src/demo/inbox");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
