package org.baoku.cli.operate;

import java.io.Console;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the operator commands take from outside their arguments: environment variables
 * ({@code BAOKU_URL}, {@code BAOKU_USER}, {@code BAOKU_PASSWORD}) and the terminal, if there is one
 * (to prompt for a password, and to redraw the progress line in place). Tests pass their own.
 *
 * @param variables environment variables
 * @param console   the terminal, or {@code null} when none (cron, pipes, tests)
 */
public record Environment(Map<String, String> variables, Supplier<Console> console) {

    public static final String URL = "BAOKU_URL";
    public static final String USER = "BAOKU_USER";
    public static final String PASSWORD = "BAOKU_PASSWORD";

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** The process's own environment and terminal. */
    public static Environment system() {
        return new Environment(System.getenv(), System::console);
    }

    /** Given variables and no terminal. */
    public static Environment of(Map<String, String> variables) {
        return new Environment(variables, () -> null);
    }

    /** @return the variable, or {@code null} when unset or blank */
    String get(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    Console terminal() {
        return console.get();
    }
}
