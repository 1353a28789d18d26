package org.baoku.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baoku parse FILE|DIR...}: one JSON line per file, in the order given; a directory stands for its
 * regular files, walked recursively in sorted path order, hidden files and directories (name starting with
 * a dot) left out, as the import job's inbox scan does. Exits 0 even when files are REJECTED (that is
 * a reading, written as JSON); 2 when a path does not exist or cannot be read, after the others are done.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse issue files and print one JSON result per file (JSON Lines).")
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "issue files, or directories holding them")
    List<Path> paths;

    @Option(names = "--max-file-bytes", paramLabel = "BYTES",
            description = "reject larger files unread as FILE_TOO_LARGE (default: ${DEFAULT-VALUE})")
    long maxFileBytes = ParserOptions.DEFAULT_MAX_FILE_BYTES;

    @Override
    public Integer call() throws Exception {
        IssueFileParser parser = new IssueFileParser(new ParserOptions(maxFileBytes));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int exit = 0;
        try (ParseResultJson json = new ParseResultJson()) {
            for (Path path : paths) {
                List<Path> files;
                try {
                    files = filesOf(path);
                } catch (IOException e) {
                    System.err.println("baoku parse: cannot read " + path + ": " + e.getMessage());
                    exit = BaokuCli.USAGE_OR_UNREADABLE;
                    continue;
                }
                for (Path file : files) {
                    try {
                        out.println(json.toJson(parser.parse(file)));
                    } catch (IOException e) {
                        System.err.println("baoku parse: cannot read " + file + ": " + e);
                        exit = BaokuCli.USAGE_OR_UNREADABLE;
                    }
                }
                out.flush();
            }
        }
        out.flush();
        return exit;
    }

    static List<Path> filesOf(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !hidden(path.relativize(file)))
                    .forEach(files::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
