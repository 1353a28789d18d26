package org.baoku.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a server was busy with during the job: CPU samples of a JFR recording by top frame, and by the
 * first frame of a component the import goes through (H2, Lucene, Hibernate, JBeret, the parser, baoku), which
 * says which layer bounds the rate better than a single hot method does.
 */
final class JfrHotMethods {

    private static final List<String> COMPONENTS = List.of("org.baoku.issuefile", "org.baoku", "org.h2",
            "org.apache.lucene", "org.hibernate", "org.jberet", "io.agroal", "org.jboss.jca", "com.arjuna", "org.jboss.weld",
            "org.jboss.resteasy", "com.ibm.icu", "io.undertow", "java.util.zip", "java.io", "sun.nio", "java.nio");

    private static final java.util.Set<String> WAITS = java.util.Set.of("jdk.JavaMonitorEnter", "jdk.ThreadPark",
            "jdk.JavaMonitorWait", "jdk.FileForce", "jdk.FileWrite", "jdk.FileRead", "jdk.SocketRead");

    private JfrHotMethods() {
    }

    /** The recording's events from {@code from} to {@code to}: the job's, in a recording of the server's life. */
    static String summary(Path recording, int top, java.time.Instant from, java.time.Instant to) throws IOException {
        Map<String, Integer> byTopFrame = new HashMap<>();
        Map<String, Integer> byComponent = new HashMap<>();
        Map<String, Double> waits = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                continue;
            }
            String type = event.getEventType().getName();
            if (WAITS.contains(type) && event.getStackTrace() != null) {
                // the profile settings record waits over 10-20 ms; their sum says where threads stood still
                waits.merge(type.substring("jdk.".length()) + " in " + component(event.getStackTrace().getFrames()),
                        event.getDuration().toNanos() / 1e9, Double::sum);
            }
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            byTopFrame.merge(name(frames.get(0)), 1, Integer::sum);
            byComponent.merge(component(frames), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        text.append(samples).append(" CPU samples\n  by component (innermost frame of a known component):\n");
        append(text, byComponent, samples, top);
        text.append("  by top frame:\n");
        append(text, byTopFrame, samples, top);
        text.append("  waits (seconds summed over threads, by event and component):\n");
        waits.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                .forEach(e -> text.append(String.format("    %7.1f s  %s%n", e.getValue(), e.getKey())));
        return text.toString();
    }

    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (String component : COMPONENTS) {
                if (type.startsWith(component + ".")) {
                    return component;
                }
            }
        }
        return "other";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void append(StringBuilder text, Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> text.append(String.format("    %5.1f%%  %s%n", 100.0 * e.getValue() / samples,
                        e.getKey())));
    }
}
