import Foundation
import Prometheus

/// What Beacon counts for monitoring, kept in one Prometheus registry per process and sent at
/// `/metrics` (`MetricsController`). Requests are counted by their route's pattern, never their
/// address, so no reference or search term reaches the metrics.
enum BeaconMetrics {
    /// The process's registry: Prometheus scrapes one process at a time.
    static let registry = PrometheusCollectorRegistry()

    // Upper bounds of the latency histogram: a page is expected well under a quarter second.
    private static let latencyBuckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
    ]

    // The descriptors are made when used: the library's type is not Sendable, so it cannot be kept.
    private static func named(_ subsystem: String, _ name: String, _ unit: String,
                              _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "beacon", subsystem: subsystem, metricName: name, unitName: unit,
                             helpText: help)
    }

    static let requestsInFlight = registry.makeGauge(
        descriptor: named("http", "requests", "in_flight", "Requests being answered now."))

    /// Counts one answered request and its time.
    static func answered(method: String, route: String, status: UInt, after duration: Duration) {
        let requests = named("http", "requests", "total", "Requests answered, by route pattern and status.")
        registry.makeCounter(descriptor: requests,
                             labels: [("method", method), ("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(
            descriptor: named("http", "request_duration", "seconds", "Time to answer a request, by route pattern."),
            labels: [("method", method), ("route", route)], buckets: latencyBuckets
        ).record(duration)
    }

    /// What one import did with its rows: `kind` is "contacts" or "indicator values".
    static func imported(kind: String, accepted: Int, duplicates: Int = 0, rejected: Int) {
        let descriptor = named("import", "rows", "total",
                               "Rows read by imports in this process, by what became of them.")
        for (outcome, rows) in [("accepted", accepted), ("duplicate", duplicates), ("rejected", rejected)] {
            registry.makeCounter(descriptor: descriptor, labels: [("kind", kind), ("outcome", outcome)])
                .increment(by: Int64(rows))
        }
    }

    /// Counts one run of a daily job: `outcome` is "done" or "failed".
    static func jobRan(_ job: String, outcome: String) {
        let runs = named("job", "runs", "total", "Runs of daily jobs in this process, by outcome.")
        registry.makeCounter(descriptor: runs,
                             labels: [("job", job), ("outcome", outcome)]).increment()
    }

    /// The database's connections by state, set just before each scrape.
    static func databaseConnections(state: String, count: Int) {
        let help = "The database's connections by state (PostgreSQL: every process's, from pg_stat_activity; "
            + "SQLite: the connections this process may open)."
        registry.makeGauge(descriptor: named("database", "connections", "", help), labels: [("state", state)])
            .set(Double(count))
    }
}
