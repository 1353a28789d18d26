package org.baoku.cli.operate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code baoku restart ID}. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Restarts a FAILED or STOPPED execution (POST /executions/ID/restart) as a new execution of "
                + "the same run, which continues after its last committed chunk; prints the new id, and with --wait "
                + "follows it to its end. Needs the operator role."},
        footer = {"", "Exit: 0 restarted (with --wait: COMPLETED), 1 not completed, timed out, or refused in its state "
                + "(e.g. already COMPLETED), 2 no such execution, 3 cannot reach the server or its database (503: try "
                + "again), or authentication."})
public final class RestartCommand extends OperatorCommand {

    @Parameters(paramLabel = "ID", description = "id of the FAILED or STOPPED execution")
    long id;

    @Mixin
    WaitOptions waiting;

    @Override
    int run(ApiClient client) throws ApiException, InterruptedException {
        ApiClient.Reply reply = client.post("executions/" + id + "/restart", null);
        long restarted = reply.object().getJsonNumber("executionId").longValue();
        if (!waiting.wait) {
            if (api.json) {
                out.println(reply.body());
            } else {
                out.println("restarted execution " + id + " as execution " + restarted);
            }
            return ExitCodes.OK;
        }
        err.println("restarted execution " + id + " as execution " + restarted);
        return new ExecutionWatcher(client, formats, out, err, environment.terminal() != null, api.json)
                .await(restarted, waiting.timeout);
    }
}
