import WharfingerCapture
import WharfingerReport

/// What the live run adds to the report: where it captured, how, libpcap's counters and
/// why it stopped. A `capture` object in JSON, a section in text.
struct CaptureSummary {
    var device: String
    var linkType: String
    var snapLength: Int32
    var bufferKiB: Int32
    var promiscuous: Bool
    var filter: String?
    var statistics: CaptureStatistics
    var elapsed: Double
    var stoppedBy: StopReason?
    var dumpFile: String?
    /// Write failures of the outputs so far.
    var outputErrors: OutputErrors
    /// The --ipfix exporter, for what it sent and lost.
    var ipfix: IPFIXExporter?

    func writeJSON(into json: inout JSONWriter) {
        json.key("capture")
        json.beginObject()
        json.key("interface"); json.string(device)
        json.key("link_type"); json.string(linkType)
        json.key("snap_length"); json.number(snapLength)
        json.key("buffer_kib"); json.number(bufferKiB)
        json.key("promiscuous"); json.bool(promiscuous)
        json.key("filter"); json.string(filter)
        json.key("received"); json.number(statistics.received)
        json.key("dropped_by_kernel"); json.number(statistics.droppedByKernel)
        json.key("dropped_by_interface"); json.number(statistics.droppedByInterface)
        json.key("seconds"); json.raw(secondsText)
        json.key("stopped_by"); json.string(stoppedBy?.rawValue)
        json.key("written_to"); json.string(dumpFile)
        json.key("output_errors"); json.number(outputErrors.total)
        if let ipfix {
            let sent = ipfix.summary
            json.key("ipfix_records"); json.number(sent.records)
            json.key("ipfix_lost_records"); json.number(sent.lostRecords)
        }
        json.endObject()
    }

    var textLines: [String] {
        var lines = ["Live capture on \(device) (\(linkType), snap length \(snapLength), buffer \(bufferKiB) KiB"
            + (promiscuous ? ", promiscuous" : "") + (filter.map { ", filter '\($0)'" } ?? "") + ")"]
        lines.append("  \(statistics.received) received by libpcap, \(statistics.droppedByKernel) dropped by the kernel, "
            + "\(statistics.droppedByInterface) dropped by the interface")
        var end = "  \(secondsText) s"
        switch stoppedBy {
        case .signal: end += ", stopped by a signal"
        case .count: end += ", stopped after the -c count"
        case .duration: end += ", stopped after --duration"
        case nil: break
        }
        if let dumpFile { end += "; frames written to \(dumpFile)" }
        lines.append(end)
        if let ipfix {
            let sent = ipfix.summary
            lines.append("  IPFIX to \(ipfix.destination): \(sent.records) records in \(sent.messages) messages"
                + (sent.lostMessages > 0 ? ", \(sent.lostRecords) records in \(sent.lostMessages) messages lost" : ""))
        }
        if outputErrors.total > 0 {
            let errors = OutputErrors.Output.allCases.compactMap { outputErrors.lastErrors[$0] }
            lines.append("  output was lost: \(outputErrors.total) write failure" + (outputErrors.total == 1 ? "" : "s")
                + " (the latest: " + errors.joined(separator: "; ") + ")")
        }
        if statistics.droppedByKernel > 0 {
            lines.append("  frames were dropped: raise -B (KiB), narrow the filter, or lower -s")
        }
        return lines
    }

    private var secondsText: String {
        let millis = Int((elapsed * 1000).rounded())
        let fraction = millis % 1000
        return "\(millis / 1000)." + String(repeating: "0", count: 3 - String(fraction).count) + "\(fraction)"
    }
}
