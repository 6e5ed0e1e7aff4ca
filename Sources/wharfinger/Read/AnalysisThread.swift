import Dispatch
import WharfingerAnalysis

/// Runs the connection analyzer on a second core, fed from a `RecordRing`, so reading
/// and decoding go on while connections are updated.
final class AnalysisThread: @unchecked Sendable {
    let ring = RecordRing()
    private let analyzer: ConnectionAnalyzer
    private let done = DispatchSemaphore(value: 0)

    init(analyzer: ConnectionAnalyzer) {
        self.analyzer = analyzer
        // The analyzer is touched by this thread only until `finish()` has waited for it.
        SystemThread.start { [self] in
            ring.drain { record in
                self.analyzer.observe(record.pointee.packet, transport: record.pointee.transport,
                                      time: record.pointee.time, wireLength: Int(record.pointee.wireLength),
                                      capturedLength: Int(record.pointee.capturedLength),
                                      payload: { record.pointee.facts })
            }
            done.signal()
        }
    }

    /// Closes the ring and waits until the analyzer has seen every record.
    func finish() {
        ring.close()
        done.wait()
    }
}
