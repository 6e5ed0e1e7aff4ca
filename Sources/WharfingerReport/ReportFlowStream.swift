import Dispatch
import WharfingerAnalysis
import WharfingerServices

/// `read --format json`'s `flows`, written as each conversation's verdict is settled (when
/// it ends, or when the pending-verdict window closes on a weak one), so memory stays
/// bounded however many conversations a capture holds. It opens the report's object with
/// the `flows` array; `ReportJSON.write(to:complete:flowsStreamed:)` closes the array and
/// writes the summary members after it. Each record is the report's record, reasons included
/// (the analysis hands them over with `AnalysisConfiguration.exportsReasons`).
///
/// The records are rendered on a thread of their own, a batch of conversations at a time,
/// in order: the analysis thread goes on settling conversations meanwhile, and at the end
/// of a capture, when reading is over, the second core renders what the first settles.
/// `@unchecked Sendable`: `batch` belongs to the thread that hands conversations over,
/// `json` and the writes to `out` to `renderer`.
public final class ReportFlowStream: FlowExporter, @unchecked Sendable {
    private let out: OutputStream
    private let registry: ServiceRegistry
    /// Conversations not yet handed to `renderer`.
    private var batch: [Conversation] = []
    private let renderer = DispatchQueue(label: "wharfinger.report-flows")
    /// At most this many batches wait for `renderer` or are being rendered: memory stays
    /// bounded, and a slow output holds the analysis back as it did before.
    private let slots = DispatchSemaphore(value: 2)
    private var json = JSONWriter(capacity: ReportFlowStream.chunk + 4096)
    private var written = false
    /// Conversations go to `renderer` this many at a time.
    private static let batchSize = 256
    /// Records go out in pieces of about this many bytes.
    private static let chunk = 1 << 16

    /// The report's beginning is on the stream already: only its end makes it JSON.
    public var isStarted: Bool { renderer.sync { written } }

    /// `registry` names the ports in the evidence's words, as the analysis named them.
    public init(to out: OutputStream, registry: ServiceRegistry) {
        self.out = out
        self.registry = registry
        batch.reserveCapacity(Self.batchSize)
        json.beginObject()
        json.key("flows")
        json.beginArray()
    }

    public func flowEnded(_ flow: Conversation) {
        batch.append(flow)
        if batch.count >= Self.batchSize { handOver() }
    }

    /// Only conversations that have ended are listed.
    public func flowActive(_ flow: Conversation) {}

    /// Writes what is left; the report's summary follows.
    public func close() {
        handOver()
        renderer.sync { spill() }
    }

    private func handOver() {
        guard !batch.isEmpty else { return }
        let flows = batch
        batch.removeAll(keepingCapacity: true)
        slots.wait()
        renderer.async { [self] in
            // By index: each conversation is lent to the writer, not copied out of the batch.
            for index in flows.indices {
                ReportJSON.writeFlow(flows[index], registry: registry, into: &json)
                if json.count >= Self.chunk { spill() }
            }
            slots.signal()
        }
    }

    /// On `renderer`.
    private func spill() {
        json.write(to: out)
        json.resetBuffer()
        written = true
    }
}
