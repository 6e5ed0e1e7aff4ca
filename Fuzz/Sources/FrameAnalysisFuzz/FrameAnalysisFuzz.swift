import Glibc
import WharfingerAnalysis
import WharfingerReport
import WharfingerWire

/// Small bounds, so one input can fill the flow table, the fan-in table and the pending
/// verdicts and reach their eviction paths (and each input starts with small tables).
/// A one-second pending-verdict window, so pending verdicts also settle while an input runs.
/// Exchanges followed as for a conn.log, so TCP histories go through the pending verdicts
/// packed and come back.
private let configuration: AnalysisConfiguration = {
    var configuration = AnalysisConfiguration(maxFlows: 8, maxFanInEndpoints: 8, maxPendingVerdicts: 4,
                                              maxAmbiguousRecords: 2, knownServerSlots: 64)
    configuration.pendingVerdictWindow = 1
    configuration.followsExchanges = true
    return configuration
}()
// Written only from libFuzzer's one thread.
nonisolated(unsafe) private let devNull = OutputStream(descriptor: open("/dev/null", O_WRONLY))

/// One input, as libFuzzer's LLVMFuzzerTestOneInput: each frame decoded for the input's link
/// type, printed as `--packets` prints it, counted in a ledger, and, in a conversation,
/// analysed as the one-thread pipeline does (the payload's facts worked out when the analyzer
/// asks) or as the two-thread one does (worked out beforehand for every such frame). The
/// report must account for every frame, and is rendered as text and JSON.
private func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = UnsafeRawBufferPointer(start: data, count: size)
    guard let linkType = FuzzFrames.linkType(input), let decoder = FrameDecoder(linkType: linkType) else { return 0 }
    let twoThreads = FuzzFrames.twoThreads(input)
    let analyzer = ConnectionAnalyzer(configuration: configuration)
    var frames: UInt64 = 0
    var ledger = FrameLedger()
    var json = JSONWriter()
    FuzzFrames.forEachFrame(input) { header, bytes in
        let frame = decoder.decode(bytes, wireLength: header.wireLength)
        frames += 1
        if frame.outcome == .truncated || frame.outcome == .malformed {
            precondition(frame.stop != nil, "a \(frame.outcome.name) frame without its reason")
        }
        let line = FrameLine(number: frames, timestamp: header.timestamp, wireLength: header.wireLength,
                             capturedLength: header.capturedLength, frame: frame)
        json.reset()
        line.writeJSON(into: &json)
        devNull.write(json.bytes)
        devNull.write(line.text)
        // As the reading pipeline delivers it: every frame to the ledger, a conversation's
        // frame (or a later fragment, to count with its conversation) to the analyzer.
        ledger.add(frame, time: header.timestamp)
        guard let transport = frame.transport ?? frame.laterFragmentTransport else { return }
        let payload = bytes.extracting(droppingFirst: min(frame.packet.payloadOffset, bytes.byteCount))
        if twoThreads {
            let facts = PayloadFacts(frame.packet, transport: transport, payload: payload)
            analyzer.observe(frame.packet, transport: transport, time: header.timestamp,
                             wireLength: header.wireLength, capturedLength: header.capturedLength, payload: { facts })
        } else {
            analyzer.observe(frame.packet, transport: transport, time: header.timestamp,
                             wireLength: header.wireLength, capturedLength: header.capturedLength,
                             payload: { PayloadFacts(frame.packet, transport: transport, payload: payload) })
        }
    }
    let report = analyzer.finish(frames: ledger)
    checkBookkeeping(report, frames: frames)
    ReportJSON(report: report).write(to: devNull, complete: true)
    devNull.write(ReportText(report: report, style: TextStyle(colour: false)).lines.joined(separator: "\n"))
    devNull.flush()
    return 0
}

/// Every frame counted once: by outcome, and as a flow's packet or outside flows.
private func checkBookkeeping(_ report: AnalysisReport, frames: UInt64) {
    precondition(report.frames.total == frames, "\(report.frames.total) frames counted of \(frames)")
    precondition(report.packetsInServices + report.framesOutsideFlows == frames, "packets in flows and outside them")
    // Probes that reached no service are tallied apart from the services.
    let probeFlows = report.unansweredProbes.reduce(0) { $0 + Int($1.flows) }
    precondition(report.services.reduce(0) { $0 + Int($1.flows) } + probeFlows == report.flowCount, "flows by service")
    let recordPackets = report.flows.reduce(UInt64(0)) { $0 + $1.toServer.packets + $1.toClient.packets }
    precondition(report.flows.count == report.flowCount && recordPackets == report.packetsInServices, "flow records")
}

/// libFuzzer's own driver (SwiftPM renames this executable's main, so libFuzzer's is not linked in).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

@_cdecl("FrameAnalysisFuzz_main")
func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    let arguments = (0..<Int(argc)).dropFirst().compactMap { argv?[$0].map { String(cString: $0) } }
    if let status = FuzzTools.run(arguments) { return status }
    var count = argc
    var pointers = argv
    return LLVMFuzzerRunDriver(&count, &pointers) { data, size in fuzz(data, size) }
}
