import WharfingerAnalysis
import WharfingerWire

/// The report's words for scans: the "Scans" section, one item per scanning host, and the
/// line under the services that tallies the probes that reached no service.
public enum ScansText {
    /// Open ports listed per scan in the text (the JSON lists more).
    static let openPortsShown = 20

    /// The "Scans" section: the first `limit` scans, and how many more were found.
    static func lines(_ report: AnalysisReport, style: TextStyle, limit: Int) -> [String] {
        var lines = [style.bold("Scans (hosts probing \(ScanRecord.portThreshold)+ ports or \(ScanRecord.targetThreshold)+ hosts, at least half unanswered or refused)")]
        for scan in report.scans.prefix(limit) {
            let targets = listed(scan.targets.map(\.description), more: scan.targetCount - scan.targets.count,
                                 unit: "hosts")
            let shownOpen = scan.open.prefix(openPortsShown)
            let open = scan.open.isEmpty ? "none"
                : listed(shownOpen.map(String.init), more: scan.open.count - shownOpen.count + scan.openNotListed,
                         unit: "ports")
            lines.append("  " + style.red("\(scan.transport.name) \(scan.scanner) -> \(targets)")
                + ": \(counted(scan.probed, "port")) probed in \(counted(scan.probes, "conversation")), "
                + "\(scan.unanswered) unanswered or refused")
            lines.append("      open: \(open)")
            lines.append("      \(TimeText.utc(scan.first)) to \(TimeText.utc(scan.last)) (\(TimeText.duration(from: scan.first, to: scan.last)))")
        }
        let shown = min(limit, report.scans.count)
        if report.scanCount > shown { lines.append("  ... and \(report.scanCount - shown) more") }
        return lines
    }

    /// One scan on one line, for the live view: "scan: tcp 10.77.0.1 -> 10.77.0.2, 1100
    /// ports probed, open 22, 80".
    public static func line(_ scan: ScanRecord) -> String {
        let targets = listed(scan.targets.map(\.description), more: scan.targetCount - scan.targets.count, unit: "hosts")
        let open = scan.open.isEmpty ? "none" : listed(scan.open.map(String.init), more: scan.openNotListed, unit: "ports")
        return "scan: \(scan.transport.name) \(scan.scanner) -> \(targets), \(counted(scan.probed, "port")) probed, open \(open)"
    }

    /// "unanswered probes (reached no service): tcp 1097 conversations, 2194 packets": nil
    /// when there were none.
    static func probesLine(_ report: AnalysisReport) -> String? {
        guard !report.unansweredProbes.isEmpty else { return nil }
        let parts = report.unansweredProbes.map {
            "\($0.transport.name) \(counted(Int($0.flows), "conversation")), \(counted(Int($0.packets), "packet"))"
        }
        return "  unanswered probes (reached no service, so no service row): " + parts.joined(separator: "; ")
    }

    private static func listed(_ items: [String], more: Int, unit: String) -> String {
        items.joined(separator: ", ") + (more > 0 ? " and \(more) more \(unit)" : "")
    }
}
