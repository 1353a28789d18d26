package org.baoku.it;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When a test that runs servers of its own fails (or is stopped by its timeout), writes what each of them was
 * doing — its threads and the end of its log — to the test's output, before {@code @AfterEach} stops them: the
 * server's own files stay behind on the machine that ran the test, the build's output is what a CI run shows.
 */
public final class DumpLaunchedServersOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        for (LaunchedServer server : LaunchedServer.RUNNING) {
            System.out.println("=== " + context.getDisplayName() + " failed; " + server + ", end of its log:\n"
                    + server.logTail(200) + "\n=== its threads:\n" + server.threadDump());
        }
    }
}
