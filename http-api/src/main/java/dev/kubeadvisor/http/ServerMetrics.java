package dev.kubeadvisor.http;

import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.Report;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The Prometheus metrics: requests and their latency histogram per route, method and status; diagnoses per rule;
 * rejected requests per reason (the problem kind); requests in flight.
 */
final class ServerMetrics {

    static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    void request(String method, String route, int status, Duration took) {
        Timer.builder("kube_advisor_http_requests")
                .description("HTTP requests by route, method and status, with their latency")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMillis(100))
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry)
                .record(took);
    }

    void diagnoses(Report report) {
        for (Diagnosis diagnosis : report.diagnoses()) {
            Counter.builder("kube_advisor_diagnoses")
                    .description("Diagnoses reported, by rule")
                    .tag("rule", diagnosis.rule())
                    .register(registry)
                    .increment();
        }
    }

    void rejected(String reason) {
        Counter.builder("kube_advisor_rejected_requests")
                .description("Requests answered with a problem, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    void inFlight(Supplier<Number> requests) {
        Gauge.builder("kube_advisor_http_requests_in_flight", requests)
                .description("Requests being answered now")
                .register(registry);
    }

    String scrape() {
        return registry.scrape();
    }
}
