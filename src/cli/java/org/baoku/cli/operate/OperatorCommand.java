package org.baoku.cli.operate;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import org.baoku.cli.BaokuCli;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command over the REST API: connects with the shared {@link ApiOptions}, writes to picocli's out and
 * err, and turns an {@link ApiException} into its message on stderr and its exit code.
 */
abstract class OperatorCommand implements Callable<Integer> {

    @Mixin
    ApiOptions api;

    @Spec
    CommandSpec spec;

    PrintWriter out;
    PrintWriter err;
    Environment environment;
    final Formats formats = new Formats(ZoneId.systemDefault());

    @Override
    public final Integer call() throws Exception {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        environment = spec.root().userObject() instanceof BaokuCli cli ? cli.environment() : Environment.system();
        try {
            validate();
            return run(api.client(environment, spec.commandLine()));
        } catch (ApiException e) {
            err.println("baoku " + spec.name() + ": " + e.getMessage());
            return e.exitCode();
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Checks the arguments before any request; throws {@link CommandLine.ParameterException} (exit 2). */
    void validate() {
    }

    abstract int run(ApiClient client) throws ApiException, InterruptedException;

    /** The body as the API wrote it ({@code --json}), or as text. */
    void print(ApiClient.Reply reply, java.util.function.Function<jakarta.json.JsonObject, String> asText) {
        if (api.json) {
            out.println(reply.body());
        } else {
            out.print(asText.apply(reply.object()));
        }
    }

    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
