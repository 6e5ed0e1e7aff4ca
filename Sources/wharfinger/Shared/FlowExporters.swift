import WharfingerAnalysis

/// Hands each conversation to several exporters in turn (a conn.log and an IPFIX
/// collector at once), on the thread the analysis calls from.
final class FlowExporters: FlowExporter {
    let exporters: [any FlowExporter]

    init(_ exporters: [any FlowExporter]) {
        self.exporters = exporters
    }

    /// Nil for none, the exporter itself for one, a fan-out for several.
    static func combining(_ exporters: [(any FlowExporter)?]) -> (any FlowExporter)? {
        let present = exporters.compactMap { $0 }
        return present.count > 1 ? FlowExporters(present) : present.first
    }

    func flowEnded(_ flow: Conversation) {
        for exporter in exporters { exporter.flowEnded(flow) }
    }

    func flowActive(_ flow: Conversation) {
        for exporter in exporters { exporter.flowActive(flow) }
    }

    func tunnelsEnded(_ tunnels: [TunnelRecord]) {
        for exporter in exporters { exporter.tunnelsEnded(tunnels) }
    }

    func close() {
        for exporter in exporters { exporter.close() }
    }
}
