package org.baoku.importjob;

/**
 * One job parameter as operators see it: its name, what kind of value it takes (and in what range), its
 * default and what it means. {@link JobParameterRules} holds them all; the Job XML comments, the README's
 * tables and the OpenAPI schema are written from them, and every start is checked against them.
 *
 * @param min          smallest allowed value of a {@link Kind#NUMBER} (else 0)
 * @param max          largest allowed value of a {@link Kind#NUMBER}, or longest text of the others
 * @param defaultValue what applies when the parameter is not given, as the docs say it
 */
public record JobParameter(String name, Kind kind, boolean required, long min, long max, String defaultValue,
                           String meaning) {

    /** The kinds of value a job parameter takes. */
    public enum Kind {
        /** an absolute directory path */
        DIRECTORY("directory"),
        /** comma-separated globs relative to the inbox */
        GLOBS("globs"),
        /** a whole number in [min, max] */
        NUMBER("whole number"),
        /** free text of at most max characters */
        TEXT("text");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Longest value of a path or glob list: longer is a mistake or an attack, never a delivery. */
    static final int LONGEST_PATH = 4096;

    static JobParameter directory(String name, String defaultValue, String meaning) {
        return new JobParameter(name, Kind.DIRECTORY, false, 0, LONGEST_PATH, defaultValue, meaning);
    }

    static JobParameter requiredDirectory(String name, String meaning) {
        return new JobParameter(name, Kind.DIRECTORY, true, 0, LONGEST_PATH, null, meaning);
    }

    static JobParameter globs(String name, String defaultValue, String meaning) {
        return new JobParameter(name, Kind.GLOBS, false, 0, LONGEST_PATH, defaultValue, meaning);
    }

    static JobParameter number(String name, long min, long max, String defaultValue, String meaning) {
        return new JobParameter(name, Kind.NUMBER, false, min, max, defaultValue, meaning);
    }

    static JobParameter text(String name, int longest, String defaultValue, String meaning) {
        return new JobParameter(name, Kind.TEXT, false, 0, longest, defaultValue, meaning);
    }

    /** "whole number 1–10000", "directory, required", "text ≤ 200 characters": the type column of the docs. */
    public String typeAndRange() {
        String type = switch (kind) {
            case NUMBER -> kind.label() + " " + min + "–" + max;
            case TEXT -> kind.label() + " ≤ " + max + " characters";
            default -> kind.label();
        };
        return required ? type + ", required" : type;
    }
}
