package org.baoku.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/baoku}: the offline command line. Runs outside the server from {@code target/classes} and
 * {@code target/cli-lib}; the WAR leaves this package out.
 */
@Command(name = "baoku", mixinStandardHelpOptions = true, version = "baoku 0.1",
        description = "Offline tools for the baoku newspaper archive.",
        subcommands = {ParseCommand.class})
public final class BaokuCli implements Runnable {

    /** Exit code for usage errors and unreadable paths: picocli's own for usage errors. */
    static final int USAGE_OR_UNREADABLE = CommandLine.ExitCode.USAGE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        // picocli answers usage errors with its exit code 2 (CommandLine.ExitCode.USAGE), as we want
        return new CommandLine(new BaokuCli()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }
}
