package org.baoku.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.baoku.cli.operate.Environment;
import org.baoku.cli.operate.ImportCommand;
import org.baoku.cli.operate.ListCommand;
import org.baoku.cli.operate.ReportCommand;
import org.baoku.cli.operate.RestartCommand;
import org.baoku.cli.operate.ScheduleCommand;
import org.baoku.cli.operate.SearchCommand;
import org.baoku.cli.operate.ShowCommand;
import org.baoku.cli.operate.StatusCommand;
import org.baoku.cli.operate.StopCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/baoku}: the command line. Runs outside the server from {@code target/classes} and
 * {@code target/cli-lib}; the WAR leaves this package out. Offline tools (parse, generate, bench) and
 * the operator and reader commands over the REST API ({@link org.baoku.cli.operate}).
 */
@Command(name = "baoku", mixinStandardHelpOptions = true, version = "baoku 0.1",
        description = "Tools for the baoku newspaper archive: offline (parse, generate, bench) and, over the REST "
                + "API of a running server, for operators (import, status, list, stop, restart, report, schedule) "
                + "and for readers (search, show).",
        subcommands = {ParseCommand.class, GenerateCommand.class, BenchCommand.class,
                ImportCommand.class, StatusCommand.class, ListCommand.class, StopCommand.class,
                RestartCommand.class, ReportCommand.class, ScheduleCommand.class, SearchCommand.class,
                ShowCommand.class})
public final class BaokuCli implements Runnable {

    /** Exit code for usage errors and unreadable paths: picocli's own for usage errors. */
    static final int USAGE_OR_UNREADABLE = CommandLine.ExitCode.USAGE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Environment environment;

    BaokuCli(Environment environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        System.exit(execute(Environment.system(), System.out, System.err, args));
    }

    static int execute(String... args) {
        return execute(Environment.system(), System.out, System.err, args);
    }

    /**
     * Runs one command line as {@code bin/baoku} does, with the given environment and output streams;
     * returns the exit code. Usage errors answer picocli's exit code 2 (CommandLine.ExitCode.USAGE).
     */
    public static int execute(Environment environment, PrintStream out, PrintStream err, String... args) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return new CommandLine(new BaokuCli(environment)).setOut(outWriter).setErr(errWriter)
                    .setParameterExceptionHandler(BaokuCli::usageError).execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** A usage error: what is wrong and where the help is, rather than the whole help. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText("baoku: " + e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return command.getExitCodeExceptionMapper() != null
                ? command.getExitCodeExceptionMapper().getExitCode(e)
                : command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Environment variables and terminal, as the operator commands read them. */
    public Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }
}
