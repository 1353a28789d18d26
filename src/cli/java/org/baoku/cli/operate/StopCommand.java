package org.baoku.cli.operate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code baoku stop ID}. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Asks a running execution to stop (POST /executions/ID/stop); it stops at its next chunk "
                + "boundary, and `baoku restart ID` continues it after its last committed chunk. Needs the operator role."},
        footer = {"", "Exit: 0 asked, 1 refused in its state (e.g. not running), 2 no such execution, "
                + "3 connection or authentication."})
public final class StopCommand extends OperatorCommand {

    @Parameters(paramLabel = "ID", description = "execution id")
    long id;

    @Override
    int run(ApiClient client) throws ApiException {
        ApiClient.Reply reply = client.post("executions/" + id + "/stop", null);
        if (api.json) {
            out.println(reply.body());
        } else {
            out.println("asked execution " + id + " to stop; it is " + Formats.text(reply.object(), "batchStatus")
                    + " and stops at its next chunk boundary (follow it: baoku status " + id + " --wait)");
        }
        return ExitCodes.OK;
    }
}
