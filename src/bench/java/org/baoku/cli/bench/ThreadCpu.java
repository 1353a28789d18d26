package org.baoku.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of a process's threads by kind, read from Linux's {@code /proc/<pid>/task/<tid>/stat}: unlike a
 * sampling profiler it counts the JIT compilers, the garbage collector and the database's own threads. A
 * thread's kind is its name (the kernel keeps 15 characters) without its trailing number: {@code C2 CompilerThre},
 * {@code Batch Thread -}. Empty where there is no {@code /proc}.
 */
final class ThreadCpu {

    /** Clock ticks per second of {@code /proc}'s times ({@code USER_HZ}): 100 on every Linux platform Java runs on. */
    private static final double TICKS = 100;

    private ThreadCpu() {
    }

    /** Seconds of CPU (user and system) each thread of the process has used so far, by thread id. */
    static Map<String, Sample> of(long pid) {
        Map<String, Sample> threads = new HashMap<>();
        Path tasks = Path.of("/proc/" + pid + "/task");
        if (!Files.isDirectory(tasks)) {
            return threads;
        }
        try (Stream<Path> list = Files.list(tasks)) {
            list.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] fields = stat.substring(close + 2).split(" ");
                    // after the name: state is field 3, utime 14 and stime 15 (proc(5)), here 0, 11 and 12
                    double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
                    threads.put(task.getFileName().toString(), new Sample(stat.substring(open + 1, close), seconds));
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            });
        } catch (IOException e) {
            return threads;
        }
        return threads;
    }

    record Sample(String name, double seconds) {
    }

    /** CPU seconds used between two readings, by kind of thread, most first; threads born between count whole. */
    static Map<String, Double> between(Map<String, Sample> before, Map<String, Sample> after) {
        Map<String, Double> byKind = new HashMap<>();
        after.forEach((tid, sample) -> {
            Sample earlier = before.get(tid);
            double used = sample.seconds() - (earlier == null ? 0 : earlier.seconds());
            if (used > 0) {
                byKind.merge(kind(sample.name()), used, Double::sum);
            }
        });
        Map<String, Double> sorted = new LinkedHashMap<>();
        byKind.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    static String kind(String threadName) {
        return threadName.replaceAll("[0-9]+$", "").strip();
    }
}
