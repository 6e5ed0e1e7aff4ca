import Foundation
import ArgumentParser
import Glibc
import WharfingerCapture
import WharfingerReport
import WharfingerWire

struct Read: ParsableCommand, OutputFormatHelp {
    static let configuration = CommandConfiguration(
        abstract: "Read pcap/pcapng files through libpcap and report on their conversations."
    )

    @Argument(help: "Capture files (pcap or pcapng), read in the order given as one run.",
              completion: .file(extensions: captureFileExtensions))
    var files: [String]

    @Option(name: .long, help: "A BPF filter expression, compiled by libpcap (as in tcpdump).")
    var filter: String?

    @OptionGroup var output: OutputOptions<Read>

    @Flag(name: .long, inversion: .prefixedNo, help: "Show progress on a terminal's stderr.")
    var progress = true

    @OptionGroup var analysis: AnalysisOptions

    @OptionGroup var export: ExportOptions

    func validate() throws {
        try output.validateFrameFormat()
        if packets && format.zeekStyle != nil {
            throw ValidationError("--packets prints frames; --format \(format.rawValue) is a log of connections")
        }
        try output.validate(exporting: export)
    }

    private var packets: Bool { output.packets }
    private var format: OutputFormat { output.format }

    static let formatHelp = ArgumentHelp(
        "text, json, ndjson (with --packets: one object per frame), zeek or zeek-json (Zeek's conn.log, TSV or JSON lines).",
        valueName: "format")
    static let formatCompletion: CompletionKind? = nil

    func run() throws {
        var configuration = try analysis.configuration(
            // A conn.log streams its records out: none are kept.
            keepFlowRecords: format.zeekStyle == nil,
            // The terminal report lists only the largest conversations.
            flowRecordLimit: format == .text ? ReportText.defaultLimit : nil)
        // Before anything is written: an unknown collector ends the run here.
        let ipfix = try export.ipfixExporter(configuring: &configuration)
        var mode: FramePipeline.Mode = packets ? .packets(format) : .report(format)
        var log: ZeekConnLog? = nil
        if let style = format.zeekStyle {
            configuration.followsExchanges = true
            mode = .records
            log = ZeekConnLog(style: style, to: OutputStream.standardOutput)
            log?.open()
        }
        let pipeline = FramePipeline(mode: mode, analysis: configuration,
                                     threaded: analysis.readsOnTwoThreads, followTunnels: !analysis.noTunnels,
                                     exporter: FlowExporters.combining([log, ipfix]))
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
                if !damaged.isEmpty { pipeline.finish(partial: true) }
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
        try CaptureFile.read(path, filter: filter, into: pipeline) { offset in
            meter.update(path: path, offset: offset, size: size, frames: pipeline.ledger.delivered)
        }
    }

    private func fileSize(_ path: String) -> Int64 {
        var status = stat()
        return stat(path, &status) == 0 ? Int64(status.st_size) : 0
    }
}
