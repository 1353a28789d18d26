package org.baoku.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/** The test server's server.log, read from a mark on: what the server logged while a test ran. */
final class ServerLog {

    private final Path file;
    private final long mark;

    private ServerLog(Path file, long mark) {
        this.file = file;
        this.mark = mark;
    }

    /** Marks the log's end now; {@link #linesSinceMark()} reads what comes after. */
    static ServerLog mark(ModelControllerClient management) throws IOException {
        ModelNode resolve = Operations.createOperation("resolve-expression", new ModelNode().setEmptyList());
        resolve.get("expression").set("${jboss.server.log.dir}");
        ModelNode result = management.execute(resolve);
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new IllegalStateException(Operations.getFailureDescription(result).asString());
        }
        Path file = Path.of(Operations.readResult(result).asString(), "server.log");
        return new ServerLog(file, Files.size(file));
    }

    List<String> linesSinceMark() throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, log.length() - mark)];
            log.seek(mark);
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        }
    }
}
