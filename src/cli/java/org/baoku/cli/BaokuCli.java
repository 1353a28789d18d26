package org.baoku.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

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
 * {@code bin/baoku}: the command line, outside the server. Offline tools (parse, generate) and the operator and
 * reader commands over the REST API ({@link org.baoku.cli.operate}). Built from its own source root
 * ({@code src/cli/java}) into its own jar, installed on operators' hosts from {@code baoku-cli-<version>.tar.gz};
 * in a source checkout {@code bin/baoku} also offers {@code bench} (see {@link #BUILD_TREE_BENCH}).
 */
@Command(name = "baoku", mixinStandardHelpOptions = true, versionProvider = BaokuCli.ReleaseVersion.class,
        description = "Tools for the baoku newspaper archive: offline (parse, generate; bench in a source checkout) "
                + "and, over the REST API of a running server, for operators (import, status, list, stop, restart, "
                + "report, schedule) and for readers (search, show).",
        subcommands = {ParseCommand.class, GenerateCommand.class,
                ImportCommand.class, StatusCommand.class, ListCommand.class, StopCommand.class,
                RestartCommand.class, ReportCommand.class, ScheduleCommand.class, SearchCommand.class,
                ShowCommand.class})
public final class BaokuCli implements Runnable {

    /** Exit code for usage errors and unreadable paths: picocli's own for usage errors. */
    static final int USAGE_OR_UNREADABLE = CommandLine.ExitCode.USAGE;

    /**
     * {@code baoku bench} launches the provisioned server of a build tree, so it is built from its own source root
     * ({@code src/bench/java}) into a jar the installed CLI does not carry; the CLI offers it when it is on the
     * classpath, as {@code bin/baoku} puts it in a source checkout. Looked up by name: the CLI does not depend on it.
     */
    static final String BUILD_TREE_BENCH = "org.baoku.cli.bench.BenchCommand";

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
            CommandLine commandLine = new CommandLine(new BaokuCli(environment));
            buildTreeBench().ifPresent(bench -> commandLine.addSubcommand("bench", bench));
            return commandLine.setOut(outWriter).setErr(errWriter)
                    .setParameterExceptionHandler(BaokuCli::usageError).execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static Optional<Object> buildTreeBench() {
        try {
            return Optional.of(Class.forName(BUILD_TREE_BENCH).getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException installedCli) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + BUILD_TREE_BENCH, e);
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

    /** {@code --version}: the release the CLI jar's manifest names; classes of a build tree have none. */
    static final class ReleaseVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = BaokuCli.class.getPackage().getImplementationVersion();
            return new String[] {"baoku " + (version != null ? version : "(build tree)")};
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }
}
