package org.baoku.importjob;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reads the paths of the issue files in the inbox, in sorted order, so that the checkpoint (a position
 * in that list) means the same after a restart.
 */
@Named
@Dependent
public class IssueFileReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String inbox;

    private List<Path> files;
    private int position;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        if (inbox == null || inbox.isBlank()) {
            throw new IllegalArgumentException("job parameter 'inbox' is required: the directory holding the delivery");
        }
        Path root = Path.of(inbox);
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("inbox " + root + " is not a readable directory");
        }
        files = listIssueFiles(root);
        position = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    static List<Path> listIssueFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !isHidden(root.relativize(path)))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object readItem() {
        return position < files.size() ? files.get(position++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
