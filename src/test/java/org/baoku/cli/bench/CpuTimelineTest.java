package org.baoku.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CpuTimelineTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void interpolatesBetweenSamplesAndHoldsAtTheEnds() {
        List<CpuTimeline.Point> points = List.of(new CpuTimeline.Point(T0, 10),
                new CpuTimeline.Point(T0.plusSeconds(1), 12), new CpuTimeline.Point(T0.plusSeconds(2), 12.5));

        assertEquals(11, CpuTimeline.interpolate(points, T0.plusMillis(500)), 1e-9, "two cores busy in the first second");
        assertEquals(12.25, CpuTimeline.interpolate(points, T0.plusMillis(1500)), 1e-9);
        assertEquals(10, CpuTimeline.interpolate(points, T0.minusSeconds(5)), "before the first sample");
        assertEquals(12.5, CpuTimeline.interpolate(points, T0.plusSeconds(9)), "after the last");
        assertEquals(0, CpuTimeline.interpolate(List.of(), T0));
    }

    @Test
    void threadsAreGroupedByNameWithoutTheirNumberAndCountFromTheFirstReading() {
        Map<String, ThreadCpu.Sample> before = Map.of("11", new ThreadCpu.Sample("Batch Thread - 1", 2.0),
                "12", new ThreadCpu.Sample("C2 CompilerThre", 5.0));
        Map<String, ThreadCpu.Sample> after = Map.of("11", new ThreadCpu.Sample("Batch Thread - 1", 3.5),
                "13", new ThreadCpu.Sample("Batch Thread - 2", 1.0), "12", new ThreadCpu.Sample("C2 CompilerThre", 9.0));

        Map<String, Double> used = ThreadCpu.between(before, after);

        assertEquals(List.of("C2 CompilerThre", "Batch Thread -"), List.copyOf(used.keySet()), "most first");
        assertEquals(4.0, used.get("C2 CompilerThre"), 1e-9);
        assertEquals(2.5, used.get("Batch Thread -"), 1e-9, "a thread born between counts whole");
    }

    @Test
    void readsThisProcessesThreadsWhereThereIsAProcFileSystem() {
        Map<String, ThreadCpu.Sample> threads = ThreadCpu.of(ProcessHandle.current().pid());
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task"))) {
            assertEquals(true, threads.values().stream().anyMatch(t -> t.name().equals("C1 CompilerThre")),
                    "the JIT compiler's threads, which a profiler does not sample: " + threads);
            assertEquals(true, threads.values().stream().anyMatch(t -> t.seconds() > 0), threads.toString());
        } else {
            assertEquals(Map.of(), threads);
        }
    }
}
