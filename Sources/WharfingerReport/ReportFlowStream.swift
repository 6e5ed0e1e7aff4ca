import WharfingerAnalysis
import WharfingerServices

/// `read --format json`'s `flows`, written as each conversation's verdict is settled (when
/// it ends, or when the pending-verdict window closes on a weak one), so memory stays
/// bounded however many conversations a capture holds. It opens the report's object with
/// the `flows` array; `ReportJSON.write(to:complete:flowsStreamed:)` closes the array and
/// writes the summary members after it. Each record is the report's record, reasons included
/// (the analysis hands them over with `AnalysisConfiguration.exportsReasons`).
public final class ReportFlowStream: FlowExporter {
    private let out: OutputStream
    private let registry: ServiceRegistry
    private var json = JSONWriter(capacity: ReportFlowStream.chunk + 4096)
    /// Records go out in pieces of about this many bytes.
    private static let chunk = 1 << 16
    /// The report's beginning is on the stream already: only its end makes it JSON.
    public private(set) var isStarted = false

    /// `registry` names the ports in the evidence's words, as the analysis named them.
    public init(to out: OutputStream, registry: ServiceRegistry) {
        self.out = out
        self.registry = registry
        json.beginObject()
        json.key("flows")
        json.beginArray()
    }

    public func flowEnded(_ flow: Conversation) {
        ReportJSON.writeFlow(flow, registry: registry, into: &json)
        if json.count >= Self.chunk { spill() }
    }

    /// Only conversations that have ended are listed.
    public func flowActive(_ flow: Conversation) {}

    /// Writes what is buffered; the report's summary follows.
    public func close() { spill() }

    private func spill() {
        json.write(to: out)
        json.resetBuffer()
        isStarted = true
    }
}
