package org.baoku.operations;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;

import org.baoku.report.RunReport;

/**
 * Exports what import runs do through the server's Micrometer registry (scraped by Prometheus at
 * {@code http://localhost:9990/prometheus}): files by outcome, findings by code, runs by exit status,
 * and run durations. Counted per execution, so a restarted run's files are not counted twice.
 */
@ApplicationScoped
public class ImportMetrics {

    @Inject
    MeterRegistry registry;

    void record(@Observes RunReport report) {
        report.outcomesThisExecution().forEach((outcome, files) ->
                registry.counter("baoku.files", "outcome", outcome).increment(files));
        report.findingsByCode().forEach((code, findings) ->
                registry.counter("baoku.findings", "code", code).increment(findings));
        registry.counter("baoku.runs", "exit_status", report.exitStatus()).increment();
        registry.timer("baoku.import.duration").record(Duration.ofMillis(report.durationMillis()));
    }
}
