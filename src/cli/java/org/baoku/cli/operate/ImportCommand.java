package org.baoku.cli.operate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.baoku.importjob.InvalidJobParametersException;
import org.baoku.importjob.JobParameterRules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baoku import DIR}: starts {@code archive-import} over an inbox on the server. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Starts the archive-import job over DIR on the server (POST /jobs/archive-import) and prints "
                + "the execution id; with --wait follows it to its end.",
                "DIR is sent as an absolute, normalised path; it must lie under the server's allowed roots "
                        + "(baoku.inbox.roots). Needs the operator role."},
        footer = {"", "Exit: 0 started (with --wait: COMPLETED), 1 not completed or timed out, 2 usage or refused "
                + "parameters, 3 connection or authentication."})
public final class ImportCommand extends OperatorCommand {

    /** Job parameters that name a directory: sent absolute like DIR. */
    static final Set<String> PATH_PARAMETERS = Set.of("quarantine", "reports");

    @Parameters(paramLabel = "DIR", description = "the inbox: directory holding the delivery")
    Path inbox;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "job parameter, repeatable: settleSeconds, include, exclude, quarantine, reports, "
                    + "maxFileBytes, publication, partitions, chunkSize, rejectLimit, retryLimit, outageLimitSeconds, "
                    + "indexChunkSize "
                    + "(types, ranges and defaults: GET /api/jobs/archive-import/parameters)")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Mixin
    WaitOptions waiting;

    @Override
    void validate() {
        if (parameters.containsKey("inbox")) {
            throw usage("give the inbox as DIR, not as --param inbox=...");
        }
        try {
            // the server checks the same rules; checked here too, a typo costs no round trip
            JobParameterRules.check("archive-import", jobParameters());
        } catch (InvalidJobParametersException e) {
            throw usage(e.getMessage());
        }
    }

    /** The request body: DIR and path parameters absolute and normalised, the others as given. */
    Map<String, String> jobParameters() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("inbox", absolute(inbox.toString()));
        parameters.forEach((key, value) -> body.put(key, PATH_PARAMETERS.contains(key) && !value.isBlank()
                ? absolute(value) : value));
        return body;
    }

    static String absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize().toString();
    }

    @Override
    int run(ApiClient client) throws ApiException, InterruptedException {
        Map<String, String> body = jobParameters();
        JsonObjectBuilder json = Json.createObjectBuilder();
        body.forEach(json::add);
        ApiClient.Reply reply = client.post("jobs/archive-import", json.build());
        long id = reply.object().getJsonNumber("executionId").longValue();
        if (!waiting.wait) {
            if (api.json) {
                out.println(reply.body());
            } else {
                out.println("started execution " + id + " of archive-import over " + body.get("inbox"));
            }
            return ExitCodes.OK;
        }
        err.println("started execution " + id + " of archive-import over " + body.get("inbox"));
        return new ExecutionWatcher(client, formats, out, err, environment.terminal() != null, api.json)
                .await(id, waiting.timeout);
    }
}
