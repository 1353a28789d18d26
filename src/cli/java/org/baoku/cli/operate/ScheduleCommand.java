package org.baoku.cli.operate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baoku schedule}: shows or changes the nightly import. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Shows the nightly import schedule (GET /schedule), or changes it (PUT /schedule, operator "
                + "role): what is not given stays as it is.",
                "  baoku schedule --enable --expression '0 2 * * *' --inbox /data/inbox",
                "  baoku schedule --disable"})
public final class ScheduleCommand extends OperatorCommand {

    static final class Switch {
        @Option(names = "--enable", required = true, description = "run the import on the schedule")
        boolean enable;

        @Option(names = "--disable", required = true, description = "stop running it (expression and inbox are kept)")
        boolean disable;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Switch change;

    @Option(names = "--expression", paramLabel = "CRON",
            description = "cron: minute hour day month weekday (or seconds first), e.g. '0 2 * * *' for 02:00 server time")
    String expression;

    @Option(names = "--inbox", paramLabel = "DIR", description = "inbox of the scheduled runs; sent absolute")
    String inbox;

    boolean changes() {
        return change != null || expression != null || inbox != null;
    }

    /** The PUT body: what is given, the rest from the current state. */
    JsonObject body(JsonObject current) {
        boolean enabled = change == null ? current.getBoolean("enabled", false) : change.enable;
        String cron = expression != null ? expression : Formats.text(current, "expression");
        String dir = inbox != null ? ImportCommand.absolute(inbox) : Formats.text(current, "inbox");
        JsonObjectBuilder body = Json.createObjectBuilder().add("enabled", enabled);
        body.add("expression", cron == null ? "" : cron);
        if (dir != null) {
            body.add("inbox", dir);
        }
        return body.build();
    }

    @Override
    int run(ApiClient client) throws ApiException {
        ApiClient.Reply current = client.get("schedule");
        if (!changes()) {
            print(current, formats::schedule);
            return ExitCodes.OK;
        }
        print(client.put("schedule", body(current.object())), formats::schedule);
        return ExitCodes.OK;
    }
}
