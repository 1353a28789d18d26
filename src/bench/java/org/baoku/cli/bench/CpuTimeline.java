package org.baoku.cli.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The server's CPU time sampled every quarter second on a thread of its own (reading {@code /proc}, no
 * request to the server), so that each step of the job can be given the cores it kept busy: a step
 * that uses one of two cores shows where the job waits or runs alone.
 */
final class CpuTimeline implements AutoCloseable {

    record Point(Instant at, double cpuSeconds) {
    }

    private static final long EVERY_MILLIS = 250;

    private final List<Point> points = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    CpuTimeline(Supplier<Duration> cpuTime) {
        sampler = new Thread(() -> {
            while (running) {
                record(cpuTime);
                try {
                    Thread.sleep(EVERY_MILLIS); // a sampling period, not a wait for anything
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-cpu-timeline");
        sampler.setDaemon(true);
        record(cpuTime);
        sampler.start();
    }

    private void record(Supplier<Duration> cpuTime) {
        try {
            Point point = new Point(Instant.now(), cpuTime.get().toNanos() / 1e9);
            synchronized (points) {
                points.add(point);
            }
        } catch (RuntimeException e) {
            running = false; // the server has gone
        }
    }

    /** CPU seconds used between two instants, interpolated between the samples around them. */
    double between(Instant from, Instant to) {
        return at(to) - at(from);
    }

    private double at(Instant when) {
        List<Point> copy;
        synchronized (points) {
            copy = List.copyOf(points);
        }
        return interpolate(copy, when);
    }

    static double interpolate(List<Point> points, Instant when) {
        if (points.isEmpty()) {
            return 0;
        }
        Point before = points.get(0);
        if (!when.isAfter(before.at())) {
            return before.cpuSeconds();
        }
        for (Point after : points) {
            if (!after.at().isBefore(when)) {
                double span = Duration.between(before.at(), after.at()).toNanos();
                double part = span == 0 ? 1 : Duration.between(before.at(), when).toNanos() / span;
                return before.cpuSeconds() + part * (after.cpuSeconds() - before.cpuSeconds());
            }
            before = after;
        }
        return before.cpuSeconds();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
