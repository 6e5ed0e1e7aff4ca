import Prometheus

/// Counters and gauges made by the whole name the exposition shows
/// (`wharfinger_frames_total`): swift-prometheus 2.4 takes a name as a descriptor of parts,
/// and joins the non-empty ones back with underscores, so the whole name is one part.
extension PrometheusCollectorRegistry {
    func counter(_ name: String, labels: [(String, String)] = [], help: String) -> Counter {
        makeCounter(descriptor: MetricNameDescriptor(metricName: name, unitName: "", helpText: help), labels: labels)
    }

    func gauge(_ name: String, help: String) -> Gauge {
        makeGauge(descriptor: MetricNameDescriptor(metricName: name, unitName: "", helpText: help))
    }
}
