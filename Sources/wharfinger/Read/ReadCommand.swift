import ArgumentParser
import Glibc
import WharfingerAnalysis
import WharfingerCapture
import WharfingerReport
import WharfingerWire

struct Read: ParsableCommand, OutputFormatHelp {
    static let configuration = CommandConfiguration(
        // Named here, or ArgumentParser derives it from the type's name at every start (reflection).
        commandName: "read",
        abstract: "Read pcap/pcapng files through libpcap and report on their conversations.",
        discussion: """
            Example: wharfinger read capture.pcap tcp port 80 or udp port 53

            """ + ReportText.legend
    )

    @Argument(help: ArgumentHelp(
        "Capture files (pcap or pcapng; - for standard input), read in the order given as one run, then a BPF filter expression as trailing words, as in tcpdump.",
        discussion: "The first argument after the first file that is neither an existing file, nor -, nor a name ending in .pcap, .pcapng or .cap starts the expression.",
        valueName: "files> ... <expression"),
              completion: .file(extensions: captureFileExtensions))
    var arguments: [String]

    @Option(name: .long, help: "A BPF filter expression as one argument (instead of trailing words), compiled by libpcap.")
    var filter: String?

    @OptionGroup var output: OutputOptions<Read>

    @Flag(name: .long, inversion: .prefixedNo, help: "Show progress on a terminal's stderr.")
    var progress = true

    @OptionGroup var analysis: AnalysisOptions

    @OptionGroup var export: ExportOptions

    @OptionGroup var localNets: LocalNetsOption

    func validate() throws {
        if filter != nil && !split.expression.isEmpty {
            throw ValidationError("give the filter either as --filter or as trailing words, not both (\(split.expression.joined(separator: " ")))")
        }
        try output.validateFrameFormat()
        if packets && format.zeekStyle != nil {
            throw ValidationError("--packets prints frames; --format \(format.rawValue) is a log of connections")
        }
        try output.validate(exporting: export)
        if localNets.localNets != nil && (format.zeekStyle == nil || packets) {
            throw ValidationError("--local-nets sets conn.log's local_orig and local_resp: it goes with --format zeek or zeek-json")
        }
        _ = try localNets.networks()
    }

    private var packets: Bool { output.packets }
    private var format: OutputFormat { output.format }

    static let formatHelp = ArgumentHelp(
        "text, json, ndjson (one conversation per line as each ends; with --packets: one object per frame), zeek or zeek-json (Zeek's conn.log, TSV or JSON lines), html (one self-contained page with charts).",
        valueName: "format")
    static let formatCompletion: CompletionKind? = .list(OutputFormat.allCases.map(\.rawValue))

    /// The files, then the filter's words: as tcpdump takes a trailing expression.
    private var split: (files: [String], expression: [String]) {
        let start = arguments.indices.dropFirst().first { !Self.namesFile(arguments[$0]) } ?? arguments.endIndex
        return (Array(arguments[..<start]), Array(arguments[start...]))
    }

    private var files: [String] { split.files }

    private var filterExpression: String? {
        filter ?? (split.expression.isEmpty ? nil : split.expression.joined(separator: " "))
    }

    /// Standard input, a file that exists, or a name only a capture file has (so a
    /// mistyped file name is told as missing, not compiled as a filter).
    static func namesFile(_ argument: String) -> Bool {
        var status = stat()
        return argument == "-" || stat(argument, &status) == 0
            || captureFileExtensions.contains { argument.hasSuffix("." + $0) }
    }

    func run() throws {
        var configuration = try analysis.configuration(
            // A conn.log, NDJSON and the JSON report stream their records out: none are kept.
            // The HTML page picks the largest and the weak conversations at the end.
            keepFlowRecords: format == .text || format == .html,
            // The terminal report lists only the largest conversations.
            flowRecordLimit: format == .text ? ReportText.defaultLimit : nil)
        // Before anything is written: an unknown collector ends the run here.
        let ipfix = try export.ipfixExporter(configuring: &configuration)
        var mode: FramePipeline.Mode = packets ? .packets(format) : .report(format)
        var log: (any FlowExporter)? = nil
        var flowStream: ReportFlowStream? = nil
        if let style = format.zeekStyle {
            configuration.followsExchanges = true
            mode = .records(format)
            let zeek = ZeekConnLog(style: style, to: OutputStream.standardOutput,
                                   localNetworks: try localNets.networks())
            zeek.open()
            log = zeek
        } else if format == .ndjson && !packets {
            // One conversation per line as each ends; none are kept for a report.
            mode = .records(format)
            log = ConversationLines(to: OutputStream.standardOutput)
        } else if format == .json && !packets {
            // The report's flows as each is settled, reasons and all; the summary follows.
            configuration.exportsReasons = true
            flowStream = ReportFlowStream(to: OutputStream.standardOutput, registry: configuration.registry)
            log = flowStream
        }
        // Only the JSON report and the HTML page draw the timeline; the rest skip its upkeep.
        configuration.followsTimeline = !packets && (format == .json || format == .html)
        let pipeline = FramePipeline(mode: mode, analysis: configuration,
                                     threaded: analysis.readsOnTwoThreads, followTunnels: !analysis.noTunnels,
                                     exporter: FlowExporters.combining([log, ipfix]))
        pipeline.timeStyle = output.time ?? .utc
        pipeline.sources = files
        pipeline.flowsStreamed = flowStream != nil
        var meter = ProgressMeter(enabled: progress)
        // A damaged file (cut short, a damaged record or pcapng block) keeps the frames read
        // before the damage, and the next file is read.
        var damaged: [CaptureError] = []
        for path in files {
            do {
                try read(path, into: pipeline, meter: &meter)
            } catch {
                meter.clear()
                if error.isDamage {
                    damaged.append(error)
                    continue
                }
                // A report begun on stdout is ended, marked incomplete, so it stays JSON.
                if !damaged.isEmpty || flowStream?.isStarted == true { pipeline.finish(partial: true) }
                for earlier in damaged { warn(earlier) }
                throw fail(error)
            }
        }
        meter.clear()
        pipeline.finish(partial: !damaged.isEmpty)
        // Lost output outranks what follows: the report itself is incomplete.
        try checkStandardOutput()
        let exportFailure = ipfix?.failure.map(fail)
        if let last = damaged.last {
            for earlier in damaged.dropLast() { warn(earlier) }
            throw fail(last)
        }
        if let exportFailure { throw exportFailure }
    }

    private func read(_ path: String, into pipeline: FramePipeline, meter: inout ProgressMeter) throws(CaptureError) {
        let size = fileSize(path)
        try CaptureFile.read(path, filter: filterExpression, into: pipeline) { offset in
            meter.update(path: path, offset: offset, size: size, frames: pipeline.ledger.delivered)
        }
    }

    private func fileSize(_ path: String) -> Int64 {
        var status = stat()
        return stat(path, &status) == 0 ? Int64(status.st_size) : 0
    }
}
