package org.baoku.cli.operate;

import java.io.PrintWriter;
import java.time.Duration;

import jakarta.json.JsonObject;

/**
 * Follows one execution until it has ended (it has an end time: the batch status alone turns terminal
 * before the job's listeners have set the exit status), polling every second, with a progress line on
 * stderr: redrawn in place on a terminal, else a line every {@value #LINE_EVERY_SECONDS} s (cron mail
 * and logs stay short). Then prints the execution's summary and answers the exit code.
 */
final class ExecutionWatcher {

    static final Duration POLL = Duration.ofSeconds(1);
    static final int LINE_EVERY_SECONDS = 30;
    /**
     * How long polls may fail in a row while waiting, for want of the server (a restart, a network blip)
     * or of its database (503: a restart or an outage, which the import itself waits out for up to its
     * outageLimitSeconds, 2 min by default).
     */
    static final Duration UNREACHABLE_FOR = Duration.ofMinutes(10);

    private final ApiClient api;
    private final Formats formats;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean json;

    ExecutionWatcher(ApiClient api, Formats formats, PrintWriter out, PrintWriter err, boolean terminal, boolean json) {
        this.api = api;
        this.formats = formats;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.json = json;
    }

    /** @return {@link ExitCodes#OK} when the execution COMPLETED, else {@link ExitCodes#NOT_COMPLETED} */
    int await(long executionId, Duration timeout) throws ApiException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + Math.min(timeout.toNanos(), Long.MAX_VALUE / 4);
        Long doneAtStart = null;
        long lastLine = Long.MIN_VALUE;
        int lastLength = 0;
        long unreachableSince = 0;
        boolean unreachable = false;
        while (true) {
            ApiClient.Reply reply;
            try {
                reply = api.get("executions/" + executionId);
                unreachable = false;
            } catch (ApiException e) {
                boolean noAnswer = e.exitCode() == ExitCodes.CONNECTION_OR_AUTH
                        && (e.httpStatus() == 0 || e.httpStatus() == 503);
                if (noAnswer && !unreachable) {
                    unreachable = true;
                    unreachableSince = System.nanoTime();
                    endLine(lastLength);
                    lastLength = 0;
                    err.println("baoku: " + e.getMessage() + "; still waiting");
                    err.flush();
                }
                if (noAnswer && System.nanoTime() - unreachableSince < UNREACHABLE_FOR.toNanos()) {
                    Thread.sleep(POLL.toMillis());
                    continue;
                }
                endLine(lastLength);
                throw e;
            }
            JsonObject view = reply.object();
            long now = System.nanoTime();
            JsonObject progress = Formats.object(view, "progress");
            long done = progress == null ? 0 : Formats.number(progress, "done");
            if (doneAtStart == null) {
                doneAtStart = done;
            }
            Duration waited = Duration.ofNanos(now - started);
            double seconds = waited.toMillis() / 1000.0;
            double rate = seconds < 0.5 ? 0 : (done - doneAtStart) / seconds;
            String line = formats.progress(view, rate, waited);
            boolean ended = Formats.text(view, "endTime") != null;
            boolean timedOut = !ended && now - deadline >= 0;
            if (terminal) {
                err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
                lastLength = line.length();
                err.flush();
            } else if (ended || timedOut || lastLine == Long.MIN_VALUE
                    || now - lastLine >= Duration.ofSeconds(LINE_EVERY_SECONDS).toNanos()) {
                err.println(line);
                err.flush();
                lastLine = now;
            }
            if (ended || timedOut) {
                endLine(lastLength);
                if (timedOut) {
                    err.println("baoku: gave up waiting after " + Formats.clock(timeout) + ": execution " + executionId
                            + " is still " + Formats.text(view, "batchStatus") + " on the server (see: baoku status "
                            + executionId + ")");
                }
                if (json) {
                    out.println(reply.body());
                } else {
                    out.print(formats.execution(view));
                }
                out.flush();
                err.flush();
                return ended && "COMPLETED".equals(Formats.text(view, "batchStatus"))
                        ? ExitCodes.OK : ExitCodes.NOT_COMPLETED;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private void endLine(int lastLength) {
        if (terminal && lastLength > 0) {
            err.println();
            err.flush();
        }
    }
}
