package org.baoku.operations;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A cron expression as operators write it: five fields ({@code minute hour day-of-month month
 * day-of-week}, e.g. {@code 0 2 * * *} for 02:00 every day), or six with seconds first, checked and
 * translated to the fields of a Jakarta EE calendar timer. Fields take numbers, {@code *}, lists
 * ({@code 1,15}), ranges ({@code 1-5}) and steps ({@code *}{@code /15}); day of week 0 or 7 is Sunday.
 */
public record CronExpression(String second, String minute, String hour, String dayOfMonth, String month,
                             String dayOfWeek) {

    private static final Pattern FIELD = Pattern.compile("\\*(/\\d+)?|\\d+(-\\d+)?(/\\d+)?(,\\d+(-\\d+)?(/\\d+)?)*");

    public CronExpression {
        check("second", second, 0, 59);
        check("minute", minute, 0, 59);
        check("hour", hour, 0, 23);
        check("day of month", dayOfMonth, 1, 31);
        check("month", month, 1, 12);
        check("day of week", dayOfWeek, 0, 7);
    }

    public static CronExpression parse(String expression) {
        if (expression == null) {
            throw new IllegalArgumentException("a cron expression is required, e.g. '0 2 * * *'");
        }
        String[] fields = expression.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (fields.length == 5) {
            return new CronExpression("0", fields[0], fields[1], fields[2], fields[3], fields[4]);
        }
        if (fields.length == 6) {
            return new CronExpression(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
        }
        throw new IllegalArgumentException("'" + expression + "' is not a cron expression of five fields "
                + "(minute hour day-of-month month day-of-week, e.g. '0 2 * * *') or six (seconds first)");
    }

    private static void check(String name, String field, int min, int max) {
        if (!FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("cron " + name + " '" + field + "' is not a number, *, list, range or step");
        }
        for (String part : field.split(",")) {
            String[] rangeAndStep = part.split("/");
            if (rangeAndStep.length == 2 && Integer.parseInt(rangeAndStep[1]) < 1) {
                throw new IllegalArgumentException("cron " + name + " step in '" + part + "' must be at least 1");
            }
            if (!rangeAndStep[0].equals("*")) {
                for (String bound : rangeAndStep[0].split("-")) {
                    int value = Integer.parseInt(bound);
                    if (value < min || value > max) {
                        throw new IllegalArgumentException("cron " + name + " " + value + " is outside " + min + "-" + max);
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        String fields = String.join(" ", minute, hour, dayOfMonth, month, dayOfWeek);
        return second.equals("0") ? fields : second + " " + fields;
    }
}
