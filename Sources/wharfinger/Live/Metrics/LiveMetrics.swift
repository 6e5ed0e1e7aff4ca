import Prometheus
import WharfingerAnalysis
import WharfingerCapture
import WharfingerServices
import WharfingerWire

/// What `live --metrics` exports, in a swift-prometheus registry brought up to date on the
/// capture loop's tick (never per frame) and rendered once per update for the responder.
///
/// Every counter follows a total that only grows (frames by outcome, libpcap's widened
/// counters, ended flows, verdicts, the service ledger): each update adds the growth
/// since the last one, so counters never go back while the capture runs.
final class LiveMetrics {
    private let registry = PrometheusCollectorRegistry()
    private let responder: MetricsResponder
    private let names: ServiceRegistry
    private var frames: [(FrameOutcome, FollowedCounter)] = []
    private let received: FollowedCounter
    private let droppedByKernel: FollowedCounter
    private let droppedByInterface: FollowedCounter
    private let analysis: AnalysisSeries?
    private let outputErrors: OutputErrors
    private let outputErrorCounters: [(OutputErrors.Output, FollowedCounter)]
    private var ledger: ServiceCounterLedger
    /// The four counters of each service series exported now.
    private var serviceSeries: [ServiceCounterLedger.Series: ServiceCounters] = [:]
    /// The size of the last page, to size the next one at once.
    private var pageSize = 4096
    /// Updates take at most this share of the capture thread: with a very large flow table
    /// they come less often than once a second.
    static let largestShare = 0.02
    private var nextUpdate = 0.0

    static let servicePackets = "wharfinger_service_packets_total"
    static let serviceBytes = "wharfinger_service_bytes_total"

    /// `withAnalysis`: the run has a connection analysis (not `--packets`), so flows,
    /// verdicts and services are exported too.
    init(responder: MetricsResponder, names: ServiceRegistry, services: Int, withAnalysis: Bool,
         outputErrors: OutputErrors) {
        self.responder = responder
        self.names = names
        ledger = ServiceCounterLedger(limit: services)
        let registry = registry
        let framesHelp = "Frames libpcap delivered, by the outcome of their decoding."
        frames = FrameOutcome.allCases.map {
            ($0, FollowedCounter(registry.counter("wharfinger_frames_total", labels: [("outcome", $0.name)],
                                                      help: framesHelp)))
        }
        received = FollowedCounter(registry.counter(
            "wharfinger_capture_received_frames_total",
            help: "Frames that passed the filter, libpcap's pcap_stats ps_recv (on lo each frame twice)."))
        let droppedHelp = "Frames dropped: by the kernel for want of buffer space (raise -B), or by the interface."
        droppedByKernel = FollowedCounter(registry.counter("wharfinger_capture_dropped_frames_total",
                                                               labels: [("by", "kernel")], help: droppedHelp))
        droppedByInterface = FollowedCounter(registry.counter("wharfinger_capture_dropped_frames_total",
                                                                  labels: [("by", "interface")], help: droppedHelp))
        analysis = withAnalysis ? AnalysisSeries(registry) : nil
        self.outputErrors = outputErrors
        let errorsHelp = "Times an output (a -w file, the --log file, standard output, the IPFIX collector) started failing to take what was written."
        outputErrorCounters = OutputErrors.Output.allCases.map {
            ($0, FollowedCounter(registry.counter("wharfinger_output_errors_total", labels: [("output", $0.rawValue)],
                                                      help: errorsHelp)))
        }
        publish()
    }

    func start() { responder.start() }

    func stop() { responder.stop() }

    /// Called on each tick of the capture loop: updates unless the last update's cost
    /// says to wait (see `largestShare`). `analysis` is evaluated only when it updates.
    func tick(elapsed: Double, frames: OutcomeCounts, statistics: CaptureStatistics,
              analysis: () -> AnalysisCounters?) {
        guard elapsed >= nextUpdate else { return }
        let started = MonotonicClock.now()
        update(frames: frames, statistics: statistics, analysis: analysis())
        let cost = MonotonicClock.now() - started
        nextUpdate = elapsed + cost / Self.largestShare
    }

    func update(frames outcomes: OutcomeCounts, statistics: CaptureStatistics, analysis counters: AnalysisCounters?) {
        for (outcome, counter) in frames { counter.follow(outcomes[outcome]) }
        received.follow(statistics.received)
        droppedByKernel.follow(statistics.droppedByKernel)
        droppedByInterface.follow(statistics.droppedByInterface)
        for (output, counter) in outputErrorCounters { counter.follow(outputErrors.counts[output] ?? 0) }
        if let analysis, let counters {
            analysis.update(counters)
            ledger.record(counters.services)
            updateServiceSeries()
        }
        publish()
    }

    /// Makes the registry hold exactly the ledger's current series: a new one gets its
    /// counters (which start from the series' totals so far), a service that left the
    /// largest loses its own (its packets go to `other` from then on).
    private func updateServiceSeries() {
        var kept: [ServiceCounterLedger.Series: ServiceCounters] = [:]
        for (series, counts) in ledger.current {
            let counters = serviceSeries.removeValue(forKey: series) ?? ServiceCounters(registry, labels: labels(series))
            counters.follow(counts)
            kept[series] = counters
        }
        for (_, gone) in serviceSeries { gone.unregister(from: registry) }
        serviceSeries = kept
    }

    private func labels(_ series: ServiceCounterLedger.Series) -> [(String, String)] {
        switch series {
        case .service(let key):
            var labels = [("transport", key.transport.name), ("port", String(key.port))]
            if let name = names.name(port: key.port, transport: key.transport) { labels.append(("service", name)) }
            return labels
        case .other(let transport):
            return [("transport", transport.name), ("service", "other")]
        }
    }

    private func publish() {
        var page: [UInt8] = []
        page.reserveCapacity(pageSize + pageSize / 4)
        registry.emit(into: &page)
        pageSize = page.count
        responder.publish(page)
    }
}

/// A Prometheus counter that follows a total which only grows.
final class FollowedCounter {
    let counter: Counter
    private var exported: UInt64 = 0

    init(_ counter: Counter) { self.counter = counter }

    func follow(_ total: UInt64) {
        guard total > exported else { return }
        counter.increment(by: Int64(clamping: total - exported))
        exported = total
    }
}

/// Flows and verdicts, for a run with a connection analysis.
private final class AnalysisSeries {
    let active: Gauge
    let ended: FollowedCounter
    let evicted: FollowedCounter
    let verdicts: [(VerdictBasis, FollowedCounter)]

    init(_ registry: PrometheusCollectorRegistry) {
        active = registry.gauge("wharfinger_flows_active", help: "Conversations in the flow table now.")
        ended = FollowedCounter(registry.counter(
            "wharfinger_flows_ended_total",
            help: "Conversations that left the flow table: idle, closed, superseded or evicted."))
        evicted = FollowedCounter(registry.counter(
            "wharfinger_flows_evicted_total", help: "Conversations ended early because the flow table was full."))
        let help = "Ended conversations by the basis of their final client/server verdict."
        verdicts = VerdictBasis.allCases.map {
            ($0, FollowedCounter(registry.counter("wharfinger_verdicts_total", labels: [("basis", $0.rawValue)],
                                                      help: help)))
        }
    }

    func update(_ counters: AnalysisCounters) {
        active.set(Int64(counters.liveFlows))
        ended.follow(counters.endedFlows)
        evicted.follow(counters.evictedFlows)
        for (basis, counter) in verdicts { counter.follow(counters.verdicts[basis]) }
    }
}

/// The packets and bytes of one service series, per direction.
private final class ServiceCounters {
    let packets: (toServer: FollowedCounter, toClient: FollowedCounter)
    let bytes: (toServer: FollowedCounter, toClient: FollowedCounter)

    init(_ registry: PrometheusCollectorRegistry, labels: [(String, String)]) {
        func counter(_ name: String, _ direction: String, _ help: String) -> FollowedCounter {
            FollowedCounter(registry.counter(name, labels: labels + [("direction", direction)], help: help))
        }
        let packetsHelp = "Packets of the largest services (transport, server port), the rest as service=\"other\"."
        let bytesHelp = "Wire bytes of the largest services (transport, server port), the rest as service=\"other\"."
        packets = (counter(LiveMetrics.servicePackets, "to_server", packetsHelp),
                   counter(LiveMetrics.servicePackets, "to_client", packetsHelp))
        bytes = (counter(LiveMetrics.serviceBytes, "to_server", bytesHelp),
                 counter(LiveMetrics.serviceBytes, "to_client", bytesHelp))
    }

    func follow(_ counts: ServiceCounterLedger.Counts) {
        packets.toServer.follow(counts.toServerPackets)
        packets.toClient.follow(counts.toClientPackets)
        bytes.toServer.follow(counts.toServerBytes)
        bytes.toClient.follow(counts.toClientBytes)
    }

    func unregister(from registry: PrometheusCollectorRegistry) {
        for followed in [packets.toServer, packets.toClient, bytes.toServer, bytes.toClient] {
            registry.unregisterCounter(followed.counter)
        }
    }
}
