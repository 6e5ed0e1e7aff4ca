import Foundation
import ArgumentParser
import Glibc
import WharfingerCapture
import WharfingerReport
import WharfingerWire

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read pcap/pcapng files through libpcap and report on their conversations."
    )

    @Argument(help: "Capture files (pcap or pcapng), read in the order given as one run.",
              completion: .file(extensions: captureFileExtensions))
    var files: [String]

    @Option(name: .long, help: "A BPF filter expression, compiled by libpcap (as in tcpdump).")
    var filter: String?

    @Flag(name: .long, help: "Print one line per frame instead of the report.")
    var packets = false

    @Option(name: .long, help: ArgumentHelp(
        "text, json, ndjson (with --packets: one object per frame), zeek or zeek-json (Zeek's conn.log, TSV or JSON lines).",
        valueName: "format"))
    var format: OutputFormat = .text

    @Flag(name: .long, inversion: .prefixedNo, help: "Show progress on a terminal's stderr.")
    var progress = true

    @OptionGroup var analysis: AnalysisOptions

    @OptionGroup var export: ExportOptions

    func validate() throws {
        if packets && format == .json {
            throw ValidationError("--packets prints text or ndjson (one JSON object per frame); --format json is the report")
        }
        if packets && format.zeekStyle != nil {
            throw ValidationError("--packets prints frames; --format \(format.rawValue) is a log of connections")
        }
        if packets && export.ipfix != nil { throw ValidationError("--packets prints frames; --ipfix exports conversations") }
    }

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
        let exportFailure = ipfix?.failure.map(fail)
        if let last = damaged.last {
            for earlier in damaged.dropLast() { warn(earlier) }
            throw fail(last)
        }
        if let exportFailure { throw exportFailure }
    }

    private func read(_ path: String, into pipeline: FramePipeline, meter: inout ProgressMeter) throws(CaptureError) {
        let before = pipeline.ledger.delivered
        do {
            try readWithLibpcap(path, into: pipeline, meter: &meter)
        } catch let error where path != "-" && PcapngBlockReader.reads(error) {
            // libpcap refused the file part-way (at its second interface, or second
            // section): the block reader reads it all and passes over what libpcap delivered.
            try readBlocks(path, into: pipeline, skipping: pipeline.ledger.delivered - before)
        }
    }

    /// A pcapng file libpcap refuses for its mixed interfaces or sections.
    private func readBlocks(_ path: String, into pipeline: FramePipeline, skipping: UInt64) throws(CaptureError) {
        let reader = try PcapngBlockReader(path: path)
        let before = pipeline.ledger.delivered - skipping
        pipeline.source = path
        defer { pipeline.finishInterfaces(of: reader) }
        do {
            try reader.read(into: pipeline, filter: filter, skipping: skipping)
        } catch .damagedBlock(_, _, let offset, let detail) {
            throw .damagedBlock(path: path, frames: pipeline.ledger.delivered - before, offset: offset, detail: detail)
        }
    }

    private func readWithLibpcap(_ path: String, into pipeline: FramePipeline, meter: inout ProgressMeter) throws(CaptureError) {
        let session = try CaptureSession.openFile(path)
        guard let decoder = pipeline.decoder(for: session.linkType) else {
            if path != "-" && PcapngBlockReader.hasSupportedInterface(path) {
                // A pcapng file whose first interface is unsupported but a later one is.
                return try readBlocks(path, into: pipeline, skipping: 0)
            }
            throw .unsupportedLinkType(path: path, linkType: session.linkType.rawValue,
                                       name: linkTypeName(session.linkType.rawValue))
        }
        if let filter { try session.setFilter(filter) }
        pipeline.decoder = decoder
        pipeline.source = path
        let before = pipeline.ledger.delivered
        let size = fileSize(path)
        do {
            // Dispatch in slices so progress can be drawn between them.
            while try session.dispatch(limit: 1 << 16, to: pipeline) != nil {
                meter.update(path: path, offset: session.fileOffset, size: size, frames: pipeline.ledger.delivered)
            }
        } catch {
            // A refusal the block reader is for is not damage.
            if PcapngBlockReader.reads(error) { throw error }
            // Frames are numbered as the file counts them, as tshark does.
            throw session.damage(error, afterFrame: pipeline.ledger.delivered - before) ?? error
        }
    }

    private func fileSize(_ path: String) -> Int64 {
        var status = stat()
        return stat(path, &status) == 0 ? Int64(status.st_size) : 0
    }
}
