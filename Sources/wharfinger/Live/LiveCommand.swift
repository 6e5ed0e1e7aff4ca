import ArgumentParser
import Glibc
import WharfingerAnalysis
import WharfingerCapture
import WharfingerReport
import WharfingerWire

struct Live: ParsableCommand, OutputFormatHelp {
    static let configuration = CommandConfiguration(
        // Named here, or ArgumentParser derives it from the type's name at every start (reflection).
        commandName: "live",
        abstract: "Capture live from an interface and report on its conversations.",
        discussion: """
            Stops on Ctrl-C (SIGINT) or SIGTERM, after -c frames or after --duration seconds, then prints \
            the same report as `read` with libpcap's capture statistics. Capturing needs root, or \
            `setcap cap_net_raw,cap_net_admin+eip` on the binary; --user gives up root once the device is open. \
            SIGHUP closes and reopens every output file (-w, --log). A write that fails is told on stderr \
            and the capture goes on; the exit status is then 74.
            Example: wharfinger live -i eth0 -c 10000 tcp port 443 or udp port 53
            """
    )

    @Option(name: [.customShort("i"), .long], help: "The device to capture on (`wharfinger interfaces` lists them).",
            completion: .custom { _, _, _ in captureDeviceNames() })
    var interface: String

    @Argument(help: "A BPF filter expression as trailing words, as in tcpdump.")
    var expression: [String] = []

    @Option(name: .long, help: "A BPF filter expression as one argument (instead of trailing words).")
    var filter: String?

    @Option(name: .customShort("c"), help: ArgumentHelp("Stop after this many frames.", valueName: "count"))
    var count: UInt64?

    @Option(name: .long, help: ArgumentHelp("Stop after this many seconds.", valueName: "seconds"))
    var duration: Double?

    @Option(name: .customShort("s"), help: ArgumentHelp("Snap length: bytes kept of each frame (headers and the payload signatures need about 256).", valueName: "bytes"))
    var snapLength: Int32 = LiveOptions.defaultSnapLength

    @Option(name: .customShort("B"), help: ArgumentHelp("Kernel buffer size in KiB, as in tcpdump.", valueName: "KiB"))
    var bufferKiB: Int32 = LiveOptions.defaultBufferKiB

    @Flag(name: .long, inversion: .prefixedNo, help: "Put the interface in promiscuous mode.")
    var promisc = true

    @OptionGroup var files: LiveFileOptions

    @Option(name: .long, help: ArgumentHelp("Give up root for this user once the device (and the -w file) are open, as tcpdump -Z.", valueName: "name"),
            completion: .shellCommand("getent passwd | cut -d: -f1"))
    var user: String?

    @Option(name: .long, help: ArgumentHelp("When stdout is not a terminal: write a JSON report every SECONDS, one per line (NDJSON).", valueName: "seconds"))
    var interval: Double?

    @OptionGroup var output: OutputOptions<Live>

    @Option(name: .long, help: ArgumentHelp(
        "Conversations kept for the report's list: the N that carried the most bytes; 0 keeps only the tallies.",
        discussion: "Default: the 10000 largest with --format json or --interval, the 25 largest in text, so hours of traffic keep memory bounded; the tallies always count every conversation.",
        valueName: "N"))
    var maxFlowRecords: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Serve Prometheus metrics at http://ADDRESS/metrics while capturing, e.g. 127.0.0.1:9464 or [::1]:9464.",
        valueName: "address:port"))
    var metrics: String?

    @Option(name: .long, help: ArgumentHelp(
        "With --metrics: the services (transport and server port) with series of their own, the N that carried the most bytes; the rest are summed as service=\"other\".",
        valueName: "N"))
    var metricsServices = 20

    @OptionGroup var analysis: AnalysisOptions

    @OptionGroup var export: ExportOptions

    @OptionGroup var localNets: LocalNetsOption

    /// A live capture runs for hours: its JSON lists the largest conversations, not all.
    static let jsonRecordLimit = 10_000

    func validate() throws {
        if filter != nil && !expression.isEmpty {
            throw ValidationError("give the filter either as --filter or as trailing words, not both")
        }
        if let count, count == 0 { throw ValidationError("-c must be at least 1") }
        if let duration, !(duration > 0) { throw ValidationError("--duration must be positive") }
        if let interval, !(interval > 0) { throw ValidationError("--interval must be positive") }
        guard snapLength >= 64 && snapLength <= 262_144 else { throw ValidationError("-s must be between 64 and 262144") }
        guard bufferKiB >= 64 && bufferKiB <= 4 * 1024 * 1024 else { throw ValidationError("-B must be between 64 and 4194304 KiB") }
        if let maxFlowRecords, maxFlowRecords < 0 { throw ValidationError("--max-flow-records must be 0 or more") }
        try output.validateFrameFormat()
        if interval != nil && packets { throw ValidationError("--interval writes reports; it does not go with --packets") }
        if interval != nil && format == .ndjson {
            throw ValidationError("--interval writes reports; --format ndjson writes conversations as they end")
        }
        try output.validate(exporting: export)
        if format.zeekStyle != nil {
            throw ValidationError("live writes a conn.log with --log FILE (--log /dev/stdout for standard output)")
        }
        if format == .html { throw ValidationError("live writes the HTML page with --html FILE when the capture ends") }
        if files.html != nil && packets { throw ValidationError("--html writes the report; it does not go with --packets") }
        if files.log != nil && packets { throw ValidationError("--log writes connections; it does not go with --packets") }
        if localNets.localNets != nil && files.log == nil {
            throw ValidationError("--local-nets sets conn.log's local_orig and local_resp: it goes with --log")
        }
        _ = try localNets.networks()
        guard (0...1000).contains(metricsServices) else { throw ValidationError("--metrics-services must be between 0 and 1000") }
    }

    private var packets: Bool { output.packets }
    private var format: OutputFormat { output.format }

    // zeek and zeek-json are read's; live writes a conn.log with --log.
    static let formatHelp: ArgumentHelp = "text, json or ndjson (one conversation per line as each ends; with --packets: one object per frame)."
    static let formatCompletion: CompletionKind? = .list(["text", "json", "ndjson"])

    private var filterExpression: String? { filter ?? (expression.isEmpty ? nil : expression.joined(separator: " ")) }

    func run() throws {
        var options = LiveOptions()
        options.snapLength = snapLength
        options.bufferKiB = bufferKiB
        options.promiscuous = promisc
        let stdoutIsTerminal = OutputStream.standardOutput.isTerminal
        // NDJSON reports per interval only when stdout is not a terminal; the final one is JSON too.
        let ndjsonInterval = stdoutIsTerminal || packets ? nil : interval
        let reportFormat: OutputFormat = ndjsonInterval != nil ? .json : format
        // NDJSON without --packets: conversations as they end, none kept for a report.
        let conversationLines = format == .ndjson && !packets
        let recordLimit = conversationLines ? 0
            : maxFlowRecords ?? (reportFormat == .text ? ReportText.defaultLimit : Self.jsonRecordLimit)
        var configuration = try analysis.configuration(keepFlowRecords: recordLimit != 0, flowRecordLimit: recordLimit,
                                                       verdictWindow: AnalysisOptions.liveVerdictWindow)
        configuration.followsExchanges = files.log != nil
        // Before the device opens: an unknown or refusing collector ends the run here.
        let ipfix = try export.ipfixExporter(configuring: &configuration)
        let showView = stdoutIsTerminal && !packets && !conversationLines
        // Listening before the device opens: a port in use is told before anything starts.
        let responder: MetricsResponder?
        do throws(MetricsEndpointError) {
            responder = try metrics.map { text throws(MetricsEndpointError) in
                try MetricsResponder(listeningOn: MetricsAddress(parsing: text))
            }
        } catch {
            throw fail(error)
        }

        let outputs = LiveOutputs()
        let opened: OpenedDevice
        let decoder: FrameDecoder
        do throws(CaptureError) {
            opened = try CaptureSession.openDevice(interface, options: options)
            let session = opened.session
            guard let found = FrameDecoder(linkType: session.linkType, followTunnels: !analysis.noTunnels) else {
                throw CaptureError.unsupportedLinkType(path: interface, linkType: session.linkType.rawValue,
                                                       name: linkTypeName(session.linkType.rawValue))
            }
            decoder = found
            if let filterExpression { try session.setFilter(filterExpression) }
            if let write = files.write {
                do {
                    outputs.capture = try RotatingCapture(pattern: write, rotation: files.rotation, session: session,
                                                          errors: outputs.errors)
                } catch {
                    throw .liveFailed(device: interface, detail: "cannot write \(write): \(error.detail)")
                }
            }
        } catch {
            throw fail(error)
        }
        // Opened before root is given up, as the -w file is.
        if let path = files.log, let style = files.logFormat.zeekStyle {
            guard let log = RotatingLog(path: path, style: style, rotateSeconds: files.rotate,
                                        localNetworks: try localNets.networks(), errors: outputs.errors) else {
                throw fail(cannotWrite: path, errno: errno)
            }
            outputs.log = log
        }
        outputs.ipfix = ipfix.map(IPFIXWatch.init)
        if let warning = opened.warning {
            OutputStream.standardError.write("wharfinger: \(interface): warning: \(warning)\n")
            OutputStream.standardError.flush()
        }
        if let user {
            do { try dropPrivileges(to: user) } catch {
                OutputStream.standardError.write("wharfinger: \(error.message)\n")
                OutputStream.standardError.flush()
                throw ExitCode(error.exitStatus)
            }
        }

        let session = opened.session
        let lines = conversationLines ? ConversationLines(to: OutputStream.standardOutput, flushSeconds: 1) : nil
        let mode: FramePipeline.Mode = packets ? .packets(format) : conversationLines ? .records(format) : .report(reportFormat)
        let pipeline = FramePipeline(mode: mode, analysis: configuration,
                                     threaded: analysis.capturesOnTwoThreads, followTunnels: !analysis.noTunnels,
                                     exporter: FlowExporters.combining([outputs.log, ipfix, lines]))
        pipeline.timeStyle = output.time ?? .utc
        pipeline.decoder = decoder
        pipeline.source = interface
        pipeline.sources = [interface]
        pipeline.htmlFile = files.html
        let sink = LiveSink(pipeline: pipeline, capture: outputs.capture)
        let exporter = responder.map {
            LiveMetrics(responder: $0, names: configuration.registry, services: metricsServices, withAnalysis: !packets,
                        outputErrors: outputs.errors)
        }
        exporter?.start()
        defer { exporter?.stop() }
        var counter = StatisticsCounter()
        var view = showView ? LiveView(device: interface) : nil
        var summary = CaptureSummary(device: interface, linkType: linkTypeName(session.linkType.rawValue),
                                     snapLength: session.snapLength, bufferKiB: bufferKiB, promiscuous: promisc,
                                     filter: filterExpression, statistics: CaptureStatistics(), elapsed: 0,
                                     stoppedBy: nil, dumpFile: files.write, outputErrors: outputs.errors,
                                     ipfix: ipfix)
        var nextReport = ndjsonInterval ?? 0
        // Once a second (statistics, -w flush, the terminal view), or per --interval if shorter.
        let loop = CaptureLoop(session: session, count: count, duration: duration,
                               tickInterval: min(ndjsonInterval ?? 1, 1))

        SignalStop.install(for: session)
        ReopenSignal.install()
        defer {
            SignalStop.release()
            ReopenSignal.release()
        }
        if let responder {
            OutputStream.standardError.write("wharfinger: metrics at \(responder.address.url)\n")
        }
        // As tcpdump does: scripts (and the tests) wait for this line before making traffic.
        OutputStream.standardError.write("wharfinger: listening on \(interface), link type \(summary.linkType), "
            + "snap length \(summary.snapLength) bytes\n")
        OutputStream.standardError.flush()
        let stop: (reason: StopReason, elapsed: Double)
        do throws(CaptureError) {
            stop = try loop.run(
                into: sink,
                frames: { pipeline.ledger.delivered },
                // Frame lines show as they come, not when 64 KiB have gathered.
                afterBatch: { if packets { OutputStream.standardOutput.flush() } },
                reopen: { outputs.reopen(whileAnalysisIdle: pipeline.whileAnalysisIdle) },
                tick: { elapsed in
                    let statistics = counter.sample(session)
                    outputs.tick(elapsed: elapsed, whileAnalysisIdle: pipeline.whileAnalysisIdle)
                    exporter?.tick(elapsed: elapsed, frames: pipeline.ledger.outcomes, statistics: statistics,
                                   analysis: { pipeline.counters() })
                    if view != nil, let snapshot = pipeline.snapshot() {
                        view?.refresh(snapshot, statistics: statistics, elapsed: elapsed, outputErrors: outputs.errors.total)
                    }
                    if let ndjsonInterval, elapsed >= nextReport, let snapshot = pipeline.snapshot() {
                        nextReport = elapsed + ndjsonInterval
                        summary.statistics = statistics
                        summary.elapsed = elapsed
                        let current = summary
                        ReportJSON(report: snapshot, extra: { current.writeJSON(into: &$0) })
                            .write(to: OutputStream.standardOutput, complete: false)
                    }
                })
        } catch {
            view?.clear()
            outputs.capture?.close()
            summary.statistics = counter.sample(session)
            pipeline.finish(partial: true, extraText: summary.textLines, extraJSON: { summary.writeJSON(into: &$0) })
            throw fail(error)
        }
        outputs.capture?.close()
        view?.clear()
        summary.statistics = counter.sample(session)
        summary.elapsed = stop.elapsed
        // What a scrape sees while the report is written: the capture as it stopped.
        exporter?.update(frames: pipeline.ledger.outcomes, statistics: summary.statistics, analysis: pipeline.counters())
        summary.stoppedBy = stop.reason
        pipeline.finish(partial: false, extraText: summary.textLines, extraJSON: { summary.writeJSON(into: &$0) })
        outputs.checkStandardOutput(until: "the report is incomplete")
        if let failure = ipfix?.failure {
            let status = fail(failure)
            if !outputs.errors.lostOutput { throw status }
        }
        // A file or standard output lost something: each was told as it failed.
        if outputs.errors.lostOutput { throw ExitCode(Self.outputLostStatus) }
    }

    /// The capture ran to its end but some of its output was lost (sysexits' EX_IOERR).
    static let outputLostStatus: Int32 = 74
}

/// Each frame to the -w file (when there is one), then to the pipeline.
final class LiveSink: FrameSink {
    let pipeline: FramePipeline
    let capture: RotatingCapture?

    init(pipeline: FramePipeline, capture: RotatingCapture?) {
        self.pipeline = pipeline
        self.capture = capture
    }

    @inline(__always)
    func receive(_ header: FrameHeader, _ bytes: borrowing RawSpan) {
        if let capture {
            bytes.withUnsafeBytes { capture.write($0, timestamp: header.timestamp, wireLength: header.wireLength) }
        }
        pipeline.receive(header, bytes)
    }
}

extension CaptureError {
    /// The libpcap text inside the error, for rewording it in another context.
    var detail: String {
        switch self {
        case .permissionDenied(_, let detail), .notACapture(_, let detail), .cutShort(_, _, let detail),
             .damagedBlock(_, _, _, let detail), .damagedRecord(_, _, let detail), .badFilter(_, let detail), .unknownInterface(_, let detail), .capturePermission(_, let detail),
             .readFailed(_, let detail), .liveFailed(_, let detail):
            detail
        case .fileMissing: "no such file"
        case .unsupportedLinkType(_, _, let name): "link type \(name)"
        }
    }
}
