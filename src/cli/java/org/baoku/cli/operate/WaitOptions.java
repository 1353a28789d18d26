package org.baoku.cli.operate;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --wait} and its bound, for the commands that start or follow an execution. */
public final class WaitOptions {

    @Option(names = "--wait", description = {"wait until the execution has ended, showing progress on stderr; "
            + "then print its summary and exit 0 only when it COMPLETED (with or without rejects), "
            + "1 when it FAILED, STOPPED or was ABANDONED, or when the wait timed out (the execution keeps running)"})
    boolean wait;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "24h", converter = DurationConverter.class,
            description = "longest wait with --wait: 90s, 30m, 24h, 2d or ISO-8601 like PT1H30M (default: ${DEFAULT-VALUE})")
    Duration timeout;

    /** {@code 90s}, {@code 30m}, {@code 24h}, {@code 2d}, or ISO-8601. */
    public static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

        private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([smhd])");

        @Override
        public Duration convert(String value) {
            String text = value.trim().toLowerCase(Locale.ROOT);
            Matcher m = SHORT.matcher(text);
            Duration duration;
            if (m.matches()) {
                long amount = Long.parseLong(m.group(1));
                duration = switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            } else {
                try {
                    duration = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
                } catch (DateTimeParseException e) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is not a duration like 90s, 30m, "
                            + "24h, 2d or PT1H30M");
                }
            }
            if (duration.isNegative()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is negative");
            }
            return duration;
        }
    }
}
