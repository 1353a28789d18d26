package org.baoku.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Pass 1: reads every file once; what the disk (here: the page cache) allows at best. */
final class ReadPass {

    private ReadPass() {
    }

    static Rate run(List<Path> files) throws IOException {
        long started = System.nanoTime();
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.readAllBytes(file).length;
        }
        if (bytes < 0) {
            throw new IllegalStateException(); // keeps the reads observable
        }
        return Rate.since(files.size(), started);
    }
}
