package org.baoku.cli.operate;

import java.util.Locale;
import java.util.Set;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baoku list}: executions, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists job executions newest first (GET /executions), optionally of one batch status.")
public final class ListCommand extends OperatorCommand {

    static final Set<String> STATUSES = Set.of("STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED", "COMPLETED",
            "ABANDONED");

    @Option(names = "--status", paramLabel = "STATUS",
            description = "only executions of this batch status: STARTING, STARTED, STOPPING, STOPPED, FAILED, "
                    + "COMPLETED, ABANDONED")
    String status;

    @Option(names = "--page", paramLabel = "N", defaultValue = "0",
            description = "page, 0 = the newest (default: ${DEFAULT-VALUE})")
    int page;

    @Option(names = "--size", paramLabel = "N", defaultValue = "20",
            description = "executions per page, 1..200 (default: ${DEFAULT-VALUE})")
    int size;

    @Override
    void validate() {
        if (status != null && !STATUSES.contains(status.toUpperCase(Locale.ROOT))) {
            throw usage("--status: '" + status + "' is none of " + new java.util.TreeSet<>(STATUSES));
        }
        if (page < 0) {
            throw usage("--page must be 0 or more");
        }
        if (size < 1 || size > 200) {
            throw usage("--size must be between 1 and 200");
        }
    }

    String path() {
        return "executions?page=" + page + "&size=" + size
                + (status == null ? "" : "&status=" + status.toUpperCase(Locale.ROOT));
    }

    @Override
    int run(ApiClient client) throws ApiException {
        print(client.get(path()), formats::executions);
        return ExitCodes.OK;
    }
}
