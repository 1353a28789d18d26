package org.baoku.cli.operate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code baoku report ID}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Shows the run report of an ended execution (GET /executions/ID/report): files by outcome, "
                + "speed, findings by code, the rejected files with their reasons.",
        footer = {"", "Exit: 0 shown, 2 no such execution or no report yet (the run has not ended), "
                + "3 connection or authentication."})
public final class ReportCommand extends OperatorCommand {

    @Parameters(paramLabel = "ID", description = "execution id")
    long id;

    @Override
    int run(ApiClient client) throws ApiException {
        print(client.get("executions/" + id + "/report"), formats::report);
        return ExitCodes.OK;
    }
}
