import Benchmark
import WharfingerAnalysis
import WharfingerWire

// Per-frame cost of the decoder and of the connection analyzer (its flow table, TCP
// tracking, tallies) on a realistic frame mix held in memory. Each benchmark iteration
// handles a batch of 1000 frames, so a time in microseconds per iteration reads as
// nanoseconds per frame, and `mallocCountTotal` is the exact count for 1000 frames
// (the plugin's scaled figures round small counts down to 0, so they are not used).
//
//   cd Benchmarks && swift package --disable-sandbox benchmark [--scale]

let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .mallocBytesCount]

/// Frames per benchmark iteration.
let batch = 1000

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: metrics, scalingFactor: .one,
                                           maxDuration: .seconds(1), maxIterations: 100_000)
    let frames = FrameSet.load()
    print("frames: \(frames.count) from \(frames.source)")

    // What the harness itself costs per iteration (its own mallocs included): the floor
    // the figures below are read against.
    Benchmark("Baseline (empty loop of 1000)") { benchmark in
        for i in 0..<batch { blackHole(i) }
    }

    // The decoder alone: bytes in, a DecodedFrame value out.
    Benchmark("Decode 1000 frames (mix)") { benchmark in
        guard let decoder = FrameDecoder(linkType: frames.linkType) else { fatalError("unsupported link type") }
        var cursor = Cursor(count: frames.count)
        for _ in 0..<batch {
            let i = cursor.next()
            let frame = frames.withFrame(i) { bytes, wireLength, _ in decoder.decode(bytes, wireLength: wireLength) }
            blackHole(frame.packet.source.port &+ frame.packet.destination.port &+ UInt16(frame.outcome.rawValue))
        }
    }

    // Decode plus the analyzer, warm: it has seen the whole mix once before measuring, and
    // capture time keeps moving forward, so new connections come and go as in a long read.
    let analyzerRig = AnalyzerRig(frames: frames, keepFlowRecords: false)
    Benchmark("Decode + analyze 1000 frames (mix, warm)") { benchmark in
        analyzerRig.warm()
        benchmark.startMeasurement()
        analyzerRig.feed(batch)
        benchmark.stopMeasurement()
    }

    // What `read`'s two threads do per frame, run on one: the reading thread's decode and
    // payload facts, then the analysis thread's update from the packet and those facts
    // alone (the ring between them is preallocated and copies the fixed-size record).
    let handoverRig = AnalyzerRig(frames: frames, keepFlowRecords: false, handover: true)
    Benchmark("Decode + payload facts + analyze 1000 frames (two-thread path, mix, warm)") { benchmark in
        handoverRig.warm()
        benchmark.startMeasurement()
        handoverRig.feed(batch)
        benchmark.stopMeasurement()
    }

    // The mix inside VXLAN: the decoder follows the tunnel, the ledger tallies the tunnel as
    // the reading thread does, the analyzer keys each conversation by its tunnel.
    let tunnelRig = AnalyzerRig(frames: frames.wrappedInVXLAN(), keepFlowRecords: false, tunnels: TunnelLedger())
    Benchmark("Decode + tunnel ledger + analyze 1000 frames (mix in VXLAN, warm)") { benchmark in
        tunnelRig.warm()
        benchmark.startMeasurement()
        tunnelRig.feed(batch)
        benchmark.stopMeasurement()
    }

    // Only frames of established conversations (no SYN, FIN or RST; flows already in the
    // table): the steady per-packet path of a long connection.
    let establishedRig = AnalyzerRig(frames: frames, keepFlowRecords: false, establishedOnly: true)
    Benchmark("Decode + analyze 1000 frames (established flows, warm)") { benchmark in
        establishedRig.warm()
        benchmark.startMeasurement()
        establishedRig.feed(batch)
        benchmark.stopMeasurement()
    }
}

/// Walks the frame set round and round.
struct Cursor {
    let count: Int
    private var i = -1
    init(count: Int) { self.count = count }
    mutating func next() -> Int {
        i += 1
        if i == count { i = 0 }
        return i
    }
}

/// A decoder and a long-lived analyzer, fed the frame set pass after pass with each pass
/// shifted forward in time by the set's span (frames stay in capture order).
final class AnalyzerRig {
    let frames: FrameSet
    let decoder: FrameDecoder
    let analyzer: ConnectionAnalyzer
    private var order: [Int]
    private var position = 0
    private var pass: Int64 = 0
    private var warmed = false
    /// Every frame, counted as the reading pipeline counts them (and, as there, without the
    /// run-time exclusivity check: only `observe` touches it).
    @exclusivity(unchecked) private var ledger = FrameLedger()

    /// True: the payload's facts are worked out for every conversation frame and the analyzer
    /// is handed them, as on `read`'s second thread.
    private let handover: Bool
    /// Tallies tunnelled frames, as `read`'s reading thread does.
    private let tunnels: TunnelLedger?

    init(frames: FrameSet, keepFlowRecords: Bool, establishedOnly: Bool = false, handover: Bool = false,
         tunnels: TunnelLedger? = nil) {
        self.frames = frames
        self.handover = handover
        self.tunnels = tunnels
        guard let decoder = FrameDecoder(linkType: frames.linkType) else { fatalError("unsupported link type") }
        self.decoder = decoder
        analyzer = ConnectionAnalyzer(configuration: AnalysisConfiguration(keepFlowRecords: keepFlowRecords))
        order = Array(0..<frames.count)
        if establishedOnly {
            order = order.filter { i in
                frames.withFrame(i) { bytes, wireLength, _ in
                    let frame = decoder.decode(bytes, wireLength: wireLength)
                    let control: TCPFlags = [.syn, .fin, .rst]
                    return (frame.outcome == .tcp && frame.packet.tcpFlags.isDisjoint(with: control)) || frame.outcome == .udp
                }
            }
        }
    }

    /// Feeds every frame of the set once (all of them, so the table holds their flows). With
    /// `establishedOnly`, then passes of the subset 29 s of capture time apart (closed flows
    /// linger 30 s) until past the 300 s idle timeout: flows only the full pass had end here,
    /// and their services' tallies grow here, not in a measured batch.
    func warm() {
        guard !warmed else { return }
        warmed = true
        for i in 0..<frames.count { observe(i) }
        pass = 1
        while order.count < frames.count && pass * frames.span < 302_000_000_000 {
            pass += max(1, 29_000_000_000 / frames.span) - 1
            feed(order.count)
        }
    }

    func feed(_ count: Int) {
        for _ in 0..<count {
            observe(order[position])
            position += 1
            if position == order.count {
                position = 0
                pass += 1
            }
        }
    }

    /// What `FramePipeline.deliver` does with a frame in report mode: the ledger counts it,
    /// the tunnel ledger tallies a tunnelled one, and a conversation's frame goes to the
    /// analyzer, with its payload's facts worked out only when asked (one thread) or
    /// beforehand as the reading thread does (`handover`).
    @inline(__always)
    private func observe(_ i: Int) {
        let shift = pass &* frames.span
        frames.withFrame(i) { bytes, wireLength, timestamp in
            let frame = decoder.decode(bytes, wireLength: wireLength)
            let time = Timestamp(totalNanoseconds: timestamp.totalNanoseconds &+ shift)
            ledger.add(frame, time: time)
            if !frame.tunnel.isEmpty, let tunnels {
                tunnels.observe(frame, bytes: bytes, timestamp: time, wireLength: wireLength, capturedLength: bytes.byteCount)
            }
            guard let transport = frame.transport else { return }
            let payload = bytes.extracting(droppingFirst: min(frame.packet.payloadOffset, bytes.byteCount))
            if handover {
                let facts = PayloadFacts(frame.packet, transport: transport, payload: payload)
                analyzer.observe(frame.packet, transport: transport, time: time, wireLength: wireLength,
                                 capturedLength: bytes.byteCount, payload: { facts })
            } else {
                analyzer.observe(frame.packet, transport: transport, time: time, wireLength: wireLength,
                                 capturedLength: bytes.byteCount,
                                 payload: { PayloadFacts(frame.packet, transport: transport, payload: payload) })
            }
        }
    }
}
