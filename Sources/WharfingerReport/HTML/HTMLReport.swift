import WharfingerAnalysis
import WharfingerServices
import WharfingerWire

/// The report as one self-contained HTML page: inline CSS and SVG, no script, nothing
/// fetched. The capture, traffic over time by service, the services, scans, how the
/// verdicts were reached (with the weak ones), contested pairs, the largest conversations,
/// servers by host and the frames by outcome.
public struct HTMLReport {
    public var report: AnalysisReport
    /// What was read: file names, or the live device.
    public var sources: [String]
    /// Extra lines (live capture statistics), shown as they are in text.
    public var extraSections: [[String]]
    /// Rows listed per table before the rest are summed up.
    public var limit: Int

    public init(report: AnalysisReport, sources: [String], extraSections: [[String]] = [], limit: Int = 25) {
        self.report = report
        self.sources = sources
        self.extraSections = extraSections
        self.limit = limit
    }

    public func write(to out: OutputStream) {
        out.write(page)
        out.flush()
    }

    public var page: String {
        let picked = ConversationPicks(report.flows, limit: limit)
        var html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        html += "<title>\(HTMLText.escape(title))</title><style>\(HTMLStyle.css)</style></head><body>"
        html += header
        html += timelineSection
        html += HTMLSections.services(report, shown: limit, limit: 1000)
        html += HTMLSections.scans(report, limit: limit)
        html += HTMLSections.verdicts(report, weak: picked.weak, weakTotal: picked.weakTotal)
        html += HTMLSections.contested(report, limit: limit)
        html += HTMLSections.conversations(picked.largest, total: picked.listable, report: report)
        html += HTMLSections.servers(report, limit: limit)
        html += HTMLSections.frames(report)
        for section in extraSections where !section.isEmpty {
            html += "<section><h2>\(HTMLText.escape(section[0]))</h2><pre class=\"mono\">"
                + HTMLText.escape(section.dropFirst().joined(separator: "\n")) + "</pre></section>"
        }
        html += "<footer>Written by wharfinger. Times in UTC; bytes are wire bytes (frame lengths), in decimal units.</footer>"
        html += "</body></html>\n"
        return html
    }

    private var title: String {
        "Wharfinger: " + (sources.isEmpty ? "capture" : sources.map { String($0.split(separator: "/").last ?? "") }.joined(separator: ", "))
    }

    private var header: String {
        var html = "<header><h1>Traffic report</h1><p class=\"muted mono\">"
            + sources.map(HTMLText.escape).joined(separator: "<br>") + "</p>"
        if let first = report.firstTimestamp, let last = report.lastTimestamp {
            html += "<p>\(TimeText.utc(first)) UTC to \(TimeText.utc(last)) UTC</p>"
        }
        html += "<div class=\"cards\">"
        func card(_ value: String, _ label: String) {
            html += "<div class=\"card\"><b>\(HTMLText.escape(value))</b><span>\(HTMLText.escape(label))</span></div>"
        }
        card(HTMLText.grouped(report.frames.total), "frames")
        card(HTMLText.grouped(report.flowCount), "conversations")
        if let first = report.firstTimestamp, let last = report.lastTimestamp {
            card(TimeText.duration(from: first, to: last), "duration")
        }
        let bytes = report.services.reduce(UInt64(0)) { $0 &+ $1.totalBytes }
            &+ report.unansweredProbes.reduce(UInt64(0)) { $0 &+ $1.sent.bytes &+ $1.returned.bytes }
        card(HTMLText.bytes(bytes), "in conversations")
        card(HTMLText.grouped(report.services.count), report.services.count == 1 ? "service" : "services")
        card(HTMLText.grouped(report.weakVerdictFlows), "weak verdicts")
        if report.scanCount > 0 { card(HTMLText.grouped(report.scanCount), report.scanCount == 1 ? "scan" : "scans") }
        html += "</div><p class=\"outcomes\">Frames by outcome: " + report.frames.listed.map {
            "\($0.name) <b>\(HTMLText.grouped(report.frames[$0]))</b>"
        }.joined(separator: " · ") + "</p>"
        return html + "</header>"
    }

    private var timelineSection: String {
        let chart = TimelineChart(timeline: report.timeline, scans: report.scans)
        var html = "<section><h2>Traffic over time</h2><figure>" + chart.legend + chart.svg
        html += "<figcaption class=\"note\">Wire bytes per second in each bin, stacked by service: to the servers above "
            + "the axis, to the clients below, on one scale. The \(report.timeline.rows.filter { if case .service = $0 { true } else { false } }.count) "
            + "services with the most bytes have their own colour; other services are summed in grey, probes that reached "
            + "no service in red (pale for UDP). Point at a bar for its numbers.\(concentrationNote)\(spreadNote)</figcaption></figure></section>"
        return html
    }
}

extension HTMLReport {
    /// When only a few bins of many carry traffic (a stray timestamp far from the rest
    /// stretches the span), the chart says so, and where most bytes are.
    var concentrationNote: String {
        let timeline = report.timeline
        guard timeline.binCount >= 20 else { return "" }
        var busiest = (bin: 0, bytes: UInt64(0)), total: UInt64 = 0, carrying = 0
        for bin in 0..<timeline.binCount {
            var bytes: UInt64 = 0
            for row in timeline.rows.indices { bytes &+= timeline[bin, row].toServerBytes &+ timeline[bin, row].toClientBytes }
            total &+= bytes
            if bytes > 0 { carrying += 1 }
            if bytes > busiest.bytes { busiest = (bin, bytes) }
        }
        guard total > 0, carrying * 20 <= timeline.binCount else { return "" }
        return " <b>Only \(carrying) of \(timeline.binCount) bins carry traffic, \(HTMLText.percent(busiest.bytes, of: total)) "
            + "of the bytes the one from \(TimeText.utc(timeline.binStart(busiest.bin))) UTC</b>: the capture's frames lie far apart "
            + "(\(TimeText.duration(nanoseconds: Int64(timeline.binCount) &* timeline.binNanoseconds)) of bins); "
            + "reading the busy part alone (a BPF filter cannot cut by time; editcap -A/-B can) draws it in detail."
    }
}

extension HTMLReport {
    /// When some traffic could not be placed bin by bin, the chart says how much is spread.
    var spreadNote: String {
        let spread = report.timeline.spread
        guard !spread.isZero else { return "" }
        var total: UInt64 = 0
        for row in report.timeline.rows.indices {
            let counts = report.timeline.total(row: row)
            total &+= counts.toServerBytes &+ counts.toClientBytes
        }
        let bytes = spread.toServerBytes &+ spread.toClientBytes
        return " <b>\(HTMLText.percent(bytes, of: total)) of the bytes are spread evenly over the bins their conversations "
            + "spanned</b>: the memory kept for conversations whose service was not yet certain ran out."
    }
}

/// The conversations the page lists, picked in one pass: the largest (a scan's probes, which
/// reached no service, left out), and the largest of those with a weak verdict.
struct ConversationPicks {
    var largest: [Conversation] = []
    /// The conversations the largest are picked from: all but the unanswered probes.
    var listable = 0
    var weak: [Conversation] = []
    var weakTotal = 0

    init(_ flows: Conversations, limit: Int) {
        func bytes(_ c: Conversation) -> UInt64 { c.toServer.bytes &+ c.toClient.bytes }
        func keep(_ c: Conversation, in list: inout [Conversation]) {
            guard list.count < limit || bytes(c) > bytes(list[list.count - 1]) else { return }
            let at = list.firstIndex { bytes($0) < bytes(c) } ?? list.count
            list.insert(c, at: at)
            if list.count > limit { list.removeLast() }
        }
        flows.forEach(in: 0..<flows.count) { c in
            if !c.isUnansweredProbe {
                listable += 1
                keep(c, in: &largest)
            }
            if c.isWeak {
                weakTotal += 1
                keep(c, in: &weak)
            }
        }
    }
}
