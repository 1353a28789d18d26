package org.baoku.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {

    @Test
    void peakIsTheLargestHeapBeforeAnyPause(@TempDir Path temp) throws Exception {
        Path log = Files.writeString(temp.resolve("gc.log"), """
                [0.010s][info][gc] Using G1
                [1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(64M) 5.1ms
                [9.876s][info][gc] GC(7) Pause Young (Concurrent Start) (G1 Humongous Allocation) 301M->120M(512M) 12.0ms
                [9.900s][info][gc] GC(8) Pause Remark 130M->128M(512M) 1.0ms
                """);
        assertEquals(301, GcLog.peakHeapMegabytes(log));
        assertEquals(-1, GcLog.peakHeapMegabytes(temp.resolve("missing.log")));
    }

    @Test
    void retainedHeapIsWhatTheLastFullCollectionLeft(@TempDir Path temp) throws Exception {
        Path log = Files.writeString(temp.resolve("gc.log"), """
                [1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(64M) 5.1ms
                [5.000s][info][gc] GC(3) Pause Full (System.gc()) 200M->90M(512M) 150.2ms
                [9.876s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 301M->120M(512M) 12.0ms
                [9.990s][info][gc] GC(8) Pause Full (System.gc()) 180M->84M(512M) 140.0ms
                """);
        assertEquals(84, GcLog.retainedAfterLastFullGcMegabytes(log));
        Path noFull = Files.writeString(temp.resolve("young.log"),
                "[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(64M) 5.1ms\n");
        assertEquals(-1, GcLog.retainedAfterLastFullGcMegabytes(noFull));
    }
}
