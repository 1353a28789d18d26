package org.baoku.cli.operate;

import java.io.Console;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where the API is and who asks: the options every operator command shares. The password never comes
 * from the command line, where {@code ps} and shell history would show it: from {@code --password-file},
 * else {@code BAOKU_PASSWORD}, else a prompt when there is a terminal.
 */
public final class ApiOptions {

    public static final String DEFAULT_URL = "http://localhost:8080/baoku/api";

    @Option(names = "--url", paramLabel = "URL",
            description = {"API base (default: $" + Environment.URL + ", else", DEFAULT_URL + ")"})
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "user of the API (default: $" + Environment.USER + ")")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "file whose first line is the password (default: $" + Environment.PASSWORD
                    + ", else a prompt on a terminal)")
    Path passwordFile;

    @Option(names = "--json", description = "print the API's JSON instead of text")
    boolean json;

    /** Connects as configured. */
    ApiClient client(Environment environment, CommandLine commandLine) throws ApiException {
        URI base = base(environment, commandLine);
        String who = user != null && !user.isBlank() ? user : environment.get(Environment.USER);
        if (who == null) {
            throw new ApiException(ExitCodes.CONNECTION_OR_AUTH, 0,
                    "no user: give --user or set " + Environment.USER);
        }
        return new ApiClient(base, who, password(environment, who, base));
    }

    private URI base(Environment environment, CommandLine commandLine) {
        String given = url != null ? url : environment.get(Environment.URL);
        String text = given == null ? DEFAULT_URL : given.trim();
        try {
            URI uri = new URI(text);
            if (!List.of("http", "https").contains(String.valueOf(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(text, "not an http(s) URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CommandLine.ParameterException(commandLine, "--url (or " + Environment.URL + "): '" + text
                    + "' is not an http(s) URL, e.g. " + DEFAULT_URL);
        }
    }

    private char[] password(Environment environment, String who, URI base) throws ApiException {
        if (passwordFile != null) {
            try {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.get(0).isEmpty()) {
                    throw new ApiException(ExitCodes.CONNECTION_OR_AUTH, 0, "--password-file " + passwordFile
                            + " is empty");
                }
                return lines.get(0).toCharArray();
            } catch (IOException e) {
                throw new ApiException(ExitCodes.CONNECTION_OR_AUTH, "cannot read --password-file " + passwordFile
                        + ": " + e, e);
            }
        }
        String fromEnvironment = environment.variables().get(Environment.PASSWORD);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = environment.terminal();
        if (console != null) {
            char[] typed = console.readPassword("Password of %s at %s: ", who, base);
            if (typed != null && typed.length > 0) {
                return typed;
            }
        }
        throw new ApiException(ExitCodes.CONNECTION_OR_AUTH, 0, "no password for user '" + who + "': set "
                + Environment.PASSWORD + " or give --password-file");
    }
}
