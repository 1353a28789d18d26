package org.baoku.cli.operate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code baoku status ID}: one execution, or with --wait its end. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Shows one execution (GET /executions/ID): status, times, progress, files by outcome, archive "
                + "totals, steps with their metrics.",
                "With --wait follows an execution started elsewhere (the schedule, the dashboard) to its end."},
        footer = {"", "Exit: 0 shown (with --wait: COMPLETED), 1 not completed or timed out, 2 no such execution, "
                + "3 connection or authentication."})
public final class StatusCommand extends OperatorCommand {

    @Parameters(paramLabel = "ID", description = "execution id")
    long id;

    @Mixin
    WaitOptions waiting;

    @Override
    int run(ApiClient client) throws ApiException, InterruptedException {
        if (waiting.wait) {
            return new ExecutionWatcher(client, formats, out, err, environment.terminal() != null, api.json)
                    .await(id, waiting.timeout);
        }
        print(client.get("executions/" + id), formats::execution);
        return ExitCodes.OK;
    }
}
