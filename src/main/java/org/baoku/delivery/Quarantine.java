package org.baoku.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where rejected files are set aside: a copy of the file under the same relative path as in the
 * inbox, and a {@code .reason.json} beside it. The original is never moved or deleted; copying again
 * (a retried chunk, a re-run) overwrites the same two files.
 */
public final class Quarantine {

    private final Path inbox;
    private final Path directory;

    public Quarantine(Path inbox, Path directory) {
        this.inbox = inbox.toAbsolutePath().normalize();
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The default place: a sibling of the inbox named {@code <inbox>.quarantine}. */
    public static Path besideInbox(Path inbox) {
        Path absolute = inbox.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".quarantine");
    }

    public Path directory() {
        return directory;
    }

    /** @return the quarantined copy; the original stays where it is */
    public Path setAside(Path file, String reasonJson) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(inbox) ? inbox.relativize(absolute) : absolute.getFileName();
        Path copy = directory.resolve(relative);
        Files.createDirectories(copy.getParent());
        if (Files.isReadable(absolute)) {
            Files.copy(absolute, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(copy.resolveSibling(copy.getFileName() + ".reason.json"), reasonJson, StandardCharsets.UTF_8);
        return copy;
    }
}
