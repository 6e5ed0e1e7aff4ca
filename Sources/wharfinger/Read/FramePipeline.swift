import Glibc
import WharfingerAnalysis
import WharfingerCapture
import WharfingerReport
import WharfingerWire

/// Decodes each frame libpcap hands over and passes it on: to a per-frame printer, or
/// to the analysis behind the report. Counts every frame in its `FrameLedger`.
///
/// A final class and a `FrameSink`, so the capture loop calls `receive` directly: the
/// per-frame path has no closure and no reference counting.
final class FramePipeline: FrameSink {
    enum Mode {
        case packets(OutputFormat)
        case report(OutputFormat)
        /// Only the exporter's records (`--format zeek`, `ndjson`): no report at the end; with
        /// NDJSON the frame accounting goes to stderr, as with `--packets`.
        case records(OutputFormat)
    }

    let mode: Mode
    private let analyzer: ConnectionAnalyzer?
    /// The same, unmanaged (`analyzer` holds it), so feeding it a frame costs no reference counting.
    private let feed: Unmanaged<ConnectionAnalyzer>?
    /// The tunnels, tallied here where the frame's bytes are (report mode only).
    private let tunnels: TunnelLedger?
    // `decoder` and `ledger` skip Swift's run-time exclusivity checks: `receive` reads the one
    // and counts into the other per frame, on the reading thread, never overlapping. The
    // checks cost 4% of a one-thread read's instructions (callgrind, 200k-frame mix).
    /// The decoder for the file being read (link types differ between files).
    @exclusivity(unchecked) var decoder: FrameDecoder
    /// The frame being decoded, one for the run (allocated once, never copied per frame).
    private let decoded = UnsafeMutablePointer<DecodedFrame>.allocate(capacity: 1)
    /// The file or device being read, for pointing at frames that did not decode.
    var source = ""
    private(set) var problems = DecodeProblems()
    /// Every frame, counted once; the report's frame accounting.
    @exclusivity(unchecked) private(set) var ledger = FrameLedger()
    /// The interfaces of the pcapng file the block reader is reading, and their decoders
    /// (nil for a link type the decoder does not know).
    private var pcapngInterfaces: [PcapngInterface] = []
    private var pcapngDecoders: [FrameDecoder?] = []
    /// Every pcapng interface read this run, for the report.
    private(set) var interfaces = InterfaceSummary()
    /// Frames the pcapng block reader handed over (libpcap handed the rest of the ledger's).
    private var blockReaderFrames: UInt64 = 0
    /// Who read the frames, for the frame accounting.
    var readers: FrameReaders {
        FrameReaders(libpcap: ledger.delivered &- blockReaderFrames, blockReader: blockReaderFrames)
    }
    /// The JSON report's flows were written as they were settled (`ReportFlowStream`, the
    /// exporter): the report at the end writes only what follows them.
    var flowsStreamed = false
    /// How `--packets` text writes each frame's time.
    var timeStyle: TimeStyle = .utc
    /// What was read (files or the device), as the HTML page names it.
    var sources: [String] = []
    /// Also write the report as an HTML page to this file at the end (`live --html`).
    var htmlFile: String?
    private var json = JSONWriter()
    private let out = OutputStream.standardOutput

    /// With two threads, connections are updated on the second core (see `AnalysisThread`).
    private let analysisThread: AnalysisThread?
    /// Its ring, unmanaged (the thread object holds it), so pushing costs no reference counting.
    private let ring: Unmanaged<RecordRing>?

    /// Whether decoders follow tunnels to the conversations inside (`--no-tunnels`: no).
    let followTunnels: Bool

    /// Conversations as they end (conn.log, IPFIX), written on the analysis thread.
    private let exporter: (any FlowExporter)?

    /// `threaded`: hand the analysis to a second thread.
    init(mode: Mode, analysis: AnalysisConfiguration, threaded: Bool = false, followTunnels: Bool = true,
         exporter: (any FlowExporter)? = nil) {
        self.mode = mode
        self.followTunnels = followTunnels
        self.exporter = exporter
        if case .packets = mode {
            analyzer = nil
            tunnels = nil
        } else {
            analyzer = ConnectionAnalyzer(configuration: analysis)
            analyzer?.exporter = exporter
            tunnels = TunnelLedger()
        }
        feed = analyzer.map { Unmanaged.passUnretained($0) }
        analysisThread = threaded ? analyzer.map(AnalysisThread.init) : nil
        ring = analysisThread.map { Unmanaged.passUnretained($0.ring) }
        decoder = FrameDecoder(linkType: .ethernet, followTunnels: followTunnels)!
        decoded.initialize(to: DecodedFrame())
    }

    deinit { decoded.deinitialize(count: 1).deallocate() }

    /// A decoder for a file's or interface's link type, nil when the decoder does not know it.
    func decoder(for linkType: LinkType) -> FrameDecoder? {
        FrameDecoder(linkType: linkType, followTunnels: followTunnels)
    }

    @inline(__always)
    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan) {
        decoder.decode(bytes, wireLength: header.wireLength, into: decoded)
        deliver(decoded, header, bytes, interface: -1)
    }

    /// `interface` >= 0: a frame of the pcapng block reader, named by its interface. The frame
    /// is read where it was decoded (passed by value, it was copied for every frame).
    @inline(__always)
    private func deliver(_ frame: UnsafePointer<DecodedFrame>, _ header: FrameHeader, _ bytes: borrowing RawSpan,
                         interface: Int) {
        let transport = ledger.add(frame.pointee, time: header.timestamp)
        if let stop = frame.pointee.stop {
            problems.note(source: source, frame: ledger.delivered, outcome: frame.pointee.outcome, stop: stop)
        }
        if !frame.pointee.tunnel.isEmpty, let tunnels {
            tunnels.observe(frame.pointee, bytes: bytes, timestamp: header.timestamp, wireLength: header.wireLength,
                            capturedLength: header.capturedLength)
        }
        guard analyzer != nil else { return print(frame.pointee, header, bytes, interface: interface) }
        // Only conversations' frames go on (later fragments too, to count with theirs): the
        // ledger has counted the rest.
        guard let transport = transport ?? frame.pointee.laterFragmentTransport else { return }
        if let ring {
            let slot = ring._withUnsafeGuaranteedRef { $0.reserve() }
            HeaderRecord.initialize(slot, packet: frame.pointee.packet, transport: transport, header: header, bytes: bytes)
            ring._withUnsafeGuaranteedRef { $0.commit() }
        } else if let feed {
            let payload = bytes.extracting(droppingFirst: min(frame.pointee.packet.payloadOffset, bytes.byteCount))
            feed._withUnsafeGuaranteedRef {
                $0.observe(frame.pointee.packet, transport: transport, time: header.timestamp,
                           wireLength: header.wireLength, capturedLength: header.capturedLength,
                           payload: { PayloadFacts(frame.pointee.packet, transport: transport, payload: payload) })
            }
        }
    }

    /// A report of everything so far (live views and --interval), or nil in --packets mode.
    /// With two threads the analysis thread first catches up with every frame handed over,
    /// and stays idle while the report is made: nothing new reaches it until the next frame.
    func snapshot() -> AnalysisReport? {
        guard let analyzer else { return nil }
        ring?._withUnsafeGuaranteedRef { $0.waitUntilDrained() }
        return withTunnels(analyzer.snapshot(frames: ledger))
    }

    /// The analysis's running totals for `--metrics`, or nil in --packets mode: cheaper than
    /// a snapshot. With two threads it waits as `snapshot()` does.
    func counters() -> AnalysisCounters? {
        guard let analyzer else { return nil }
        ring?._withUnsafeGuaranteedRef { $0.waitUntilDrained() }
        return analyzer.counters()
    }

    /// Runs `body` with the analysis caught up and idle (with two threads it waits until the
    /// analysis thread has seen every frame handed over; nothing new reaches it until the
    /// next frame), so what the exporter writes can be rotated between two records.
    func whileAnalysisIdle(_ body: () -> Void) {
        ring?._withUnsafeGuaranteedRef { $0.waitUntilDrained() }
        body()
    }

    private func withTunnels(_ report: AnalysisReport) -> AnalysisReport {
        guard let tunnels else { return report }
        var report = report
        report.tunnels = tunnels.tunnels
        report.unrecordedTunnelFrames = tunnels.unrecordedFrames
        return report
    }

    private func print(_ frame: DecodedFrame, _ header: FrameHeader, _ bytes: borrowing RawSpan, interface: Int) {
        var line = FrameLine(number: ledger.delivered, timestamp: header.timestamp, wireLength: header.wireLength,
                             capturedLength: header.capturedLength, frame: frame)
        line.time = timeStyle
        for index in 0..<Int(frame.tunnel.depth) { line.tunnel.append(TunnelHopRecord(frame.tunnel[index], in: bytes)) }
        if interface >= 0 {
            line.interface = interface
            line.interfaceName = pcapngInterfaces[interface].name
        }
        if case .packets(.ndjson) = mode {
            json.reset()
            line.writeJSON(into: &json)
            json.newline()
            json.write(to: out)
        } else {
            out.write(line.text + "\n")
        }
    }

    /// Prints the report or the frame summary. `partial`: the run stopped early. A live
    /// capture adds its own section (`extraText` in text, `extraJSON` as JSON members), made
    /// after the exporter has closed (what its last writes lost is in it).
    func finish(partial: Bool, extraText: @autoclosure () -> [String] = [],
                extraJSON: ((inout JSONWriter) -> Void)? = nil) {
        switch mode {
        case .packets(let format):
            // With NDJSON, stdout stays one frame per line and the accounting goes to stderr.
            let stream = format == .ndjson ? OutputStream.standardError : out
            out.flush()
            writeAccounting(to: stream, extraText: extraText())
        case .records(let format):
            guard let analyzer else { return }
            analysisThread?.finish()
            let report = analyzer.finish(frames: ledger)
            if let tunnels { exporter?.tunnelsEnded(tunnels.tunnels) }
            exporter?.close()
            writeHTMLFile(withTunnels(report), extraText: extraText())
            // NDJSON stays one conversation per line; a conn.log is only its records.
            if format == .ndjson { writeAccounting(to: OutputStream.standardError, extraText: extraText()) }
        case .report(let format):
            guard let analyzer else { return }
            analysisThread?.finish()
            let report = withTunnels(analyzer.finish(frames: ledger))
            if let tunnels { exporter?.tunnelsEnded(tunnels.tunnels) }
            exporter?.close()
            writeHTMLFile(report, extraText: extraText())
            if format == .html {
                HTMLReport(report: report, sources: sources, extraSections: [extraText()]).write(to: out)
            } else if format == .text {
                let sections = [extraText(), interfaces.textLines, problems.textLines].filter { !$0.isEmpty }
                let text = ReportText(report: report, style: TextStyle(colour: out.isTerminal), extraSections: sections,
                                      readers: readers)
                out.write(text.lines.joined(separator: "\n") + "\n")
            } else {
                let problems = problems, interfaces = interfaces
                ReportJSON(report: report, extra: {
                    extraJSON?(&$0)
                    interfaces.writeJSON(into: &$0)
                    problems.writeJSON(into: &$0)
                })
                    .write(to: out, complete: !partial, flowsStreamed: flowsStreamed)
            }
        }
        out.flush()
    }

    /// The page `live --html` asked for; a file that cannot be written is told on stderr.
    private func writeHTMLFile(_ report: AnalysisReport, extraText: [String]) {
        guard let htmlFile else { return }
        guard let file = OutputStream(creating: htmlFile) else {
            OutputStream.standardError.write("wharfinger: cannot write \(htmlFile): \(String(cString: strerror(errno)))\n")
            OutputStream.standardError.flush()
            return
        }
        HTMLReport(report: report, sources: sources, extraSections: [extraText]).write(to: file)
        if let failed = file.close() {
            OutputStream.standardError.write("wharfinger: cannot write \(htmlFile): \(String(cString: strerror(failed)))\n")
            OutputStream.standardError.flush()
        }
    }

    /// The frame accounting (and the pcapng interfaces) as text, after frames or records.
    private func writeAccounting(to stream: OutputStream, extraText: [String]) {
        var lines = FrameAccountingText.lines(ledger.outcomes, readers: readers)
        if !interfaces.textLines.isEmpty { lines += [""] + interfaces.textLines }
        if !extraText.isEmpty { lines += [""] + extraText }
        stream.write(lines.joined(separator: "\n") + "\n")
        stream.flush()
    }
}

/// Frames of the pcapng block reader, each decoded for its own interface's link type.
extension FramePipeline: PcapngFrameSink {
    func describe(_ interface: PcapngInterface) {
        pcapngInterfaces.append(interface)
        pcapngDecoders.append(decoder(for: interface.linkType))
    }

    @inline(__always)
    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan, interface: Int) {
        let frame = pcapngDecoders[interface]?.decode(bytes, wireLength: header.wireLength)
            ?? .unsupportedLink(pcapngInterfaces[interface].linkType)
        blockReaderFrames &+= 1
        withUnsafePointer(to: frame) { deliver($0, header, bytes, interface: interface) }
    }

    /// Adds a file's interfaces and their frame counts to the report, and forgets them.
    func finishInterfaces(of reader: PcapngBlockReader) {
        for (interface, count) in zip(reader.interfaces, reader.frameCounts) {
            let type = interface.linkType
            interfaces.add(InterfaceSummary.Row(
                source: reader.path, index: interface.index, name: interface.name,
                linkType: type.isSupported ? type.name : linkTypeName(type.rawValue), linkTypeValue: type.rawValue,
                snapLength: interface.snapLength, frames: count))
        }
        pcapngInterfaces.removeAll()
        pcapngDecoders.removeAll()
    }
}
