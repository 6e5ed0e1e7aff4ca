import WharfingerAnalysis
import WharfingerServices
import WharfingerWire

/// The page's tables, each a `<section>`; a table that lists part of what it summarises
/// says how much it left out.
enum HTMLSections {
    static func services(_ report: AnalysisReport, shown: Int, limit: Int) -> String {
        var html = "<section><h2>Services by traffic</h2>"
        guard !report.services.isEmpty else { return html + "<p class=\"muted\">No TCP or UDP conversations.</p></section>" }
        // The timeline's colour of each service that has one.
        var colours: [ServiceKey: String] = [:]
        for (index, row) in report.timeline.rows.enumerated() {
            if case .service(let key, _) = row { colours[key] = TimelineChart.colourClass(row, index: index) }
        }
        let largest = report.services.first?.totalBytes ?? 1
        let head = "<table><thead><tr><th>service</th><th>port</th><th class=\"n\">flows</th><th class=\"n\">clients</th>"
            + "<th class=\"n\">servers</th><th class=\"n\">weak</th><th class=\"n\">packets to server</th>"
            + "<th class=\"n\">bytes to server</th><th class=\"n\">packets to client</th><th class=\"n\">bytes to client</th>"
            + "<th>share of bytes</th></tr></thead><tbody>"
        let total = report.services.reduce(UInt64(0)) { $0 &+ $1.totalBytes }
        html += head
        // The first `shown` in view, the rest up to `limit` behind a summary a reader opens.
        for (index, service) in report.services.prefix(limit).enumerated() {
            if index == shown {
                html += "</tbody></table><details><summary>\(min(report.services.count, limit) - shown) more services</summary>" + head
            }
            let key = ServiceKey(transport: service.transport, port: service.port)
            let swatch = "<span class=\"sw \(colours[key] ?? "so")\"></span> "
            let width = largest > 0 ? Double(service.totalBytes) / Double(largest) * 100 : 0
            html += "<tr><td>\(swatch)\(HTMLText.escape(service.service ?? "unassigned"))</td>"
                + "<td class=\"mono\">\(service.port)/\(service.transport.name)</td>"
                + "<td class=\"n\">\(HTMLText.grouped(service.flows))</td><td class=\"n\">\(HTMLText.grouped(service.clients))</td>"
                + "<td class=\"n\">\(HTMLText.grouped(service.servers))</td><td class=\"n\">\(HTMLText.grouped(service.weakFlows))</td>"
                + "<td class=\"n\">\(HTMLText.grouped(service.toServer.packets))</td><td class=\"n\">\(HTMLText.bytes(service.toServer.bytes))</td>"
                + "<td class=\"n\">\(HTMLText.grouped(service.toClient.packets))</td><td class=\"n\">\(HTMLText.bytes(service.toClient.bytes))</td>"
                + "<td class=\"bar\"><i style=\"width:\(Int(width.rounded()))%\"></i><span>\(HTMLText.percent(service.totalBytes, of: total))</span></td></tr>"
        }
        html += "</tbody></table>" + (report.services.count > shown ? "</details>" : "")
        if report.services.count > limit {
            html += "<p class=\"note\">\(report.services.count - limit) more services (all in --format json).</p>"
        }
        for probes in report.unansweredProbes {
            html += "<p class=\"note\">Unanswered \(probes.transport.name) probes (reached no service): "
                + "\(counted(probes.flows, "flow")), \(HTMLText.grouped(probes.sent.packets)) packets sent, "
                + "\(HTMLText.grouped(probes.returned.packets)) returned.</p>"
        }
        return html + "</section>"
    }

    static func scans(_ report: AnalysisReport, limit: Int) -> String {
        guard report.scanCount > 0 else { return "" }
        var html = "<section><h2>Scans</h2><table><thead><tr><th>scanner</th><th>proto</th><th>targets</th>"
            + "<th class=\"n\">ports probed</th><th class=\"n\">probes</th><th class=\"n\">unanswered</th><th>open</th>"
            + "<th>from (UTC)</th><th class=\"n\">duration</th></tr></thead><tbody>"
        for scan in report.scans.prefix(limit) {
            let targets = scan.targets.prefix(3).map(\.description).joined(separator: ", ")
                + (scan.targetCount > 3 ? " +\(scan.targetCount - 3) more" : "")
            let open = scan.open.prefix(12).map(String.init).joined(separator: ", ")
                + (scan.open.count + scan.openNotListed > 12 ? " ..." : "")
            html += "<tr><td class=\"mono\">\(HTMLText.escape(scan.scanner.description))</td><td>\(scan.transport.name)</td>"
                + "<td class=\"mono\">\(HTMLText.escape(targets))</td><td class=\"n\">\(HTMLText.grouped(scan.probed))</td>"
                + "<td class=\"n\">\(HTMLText.grouped(scan.probes))</td><td class=\"n\">\(HTMLText.grouped(scan.unanswered))</td>"
                + "<td class=\"mono\">\(open.isEmpty ? "none" : open)</td><td class=\"t\">\(startText(scan.first, report: report))</td>"
                + "<td class=\"n\">\(TimeText.duration(from: scan.first, to: scan.last))</td></tr>"
        }
        html += "</tbody></table>"
        if report.scanCount > min(limit, report.scans.count) {
            html += "<p class=\"note\">\(report.scanCount - min(limit, report.scans.count)) more scans.</p>"
        }
        return html + "</section>"
    }

    /// Conversations per basis as bars, then the largest weak ones with their facts.
    static func verdicts(_ report: AnalysisReport, weak: [Conversation], weakTotal: Int) -> String {
        var html = "<section><h2>How the verdicts were reached</h2>"
        let counts = VerdictBasis.allCases.map { ($0, report.verdictBases[$0]) }.filter { $0.1 > 0 }
        let total = report.verdictBases.total
        guard total > 0 else { return html + "<p class=\"muted\">No conversations.</p></section>" }
        html += "<table><thead><tr><th>basis</th><th class=\"n\">conversations</th><th>share</th></tr></thead><tbody>"
        let largest = counts.map(\.1).max() ?? 1
        for (basis, count) in counts.sorted(by: { $0.1 > $1.1 }) {
            let width = Double(count) / Double(largest) * 100
            html += "<tr><td><b>\(basis.rawValue)</b> <span class=\"muted\">\(HTMLText.escape(basisMeaning(basis)))</span></td>"
                + "<td class=\"n\">\(HTMLText.grouped(count))</td>"
                + "<td class=\"bar\"><i style=\"width:\(Int(width.rounded()))%\"></i><span>\(HTMLText.percent(count, of: total))</span></td></tr>"
        }
        html += "</tbody></table>"
        html += "<h3>Weak verdicts: \(HTMLText.grouped(report.weakVerdictFlows)) of \(HTMLText.grouped(total)) conversations</h3>"
        html += "<p class=\"note\">Weak: nothing favoured either side, only who sent first or more, or not decided by the "
            + "handshake and below 0.70.</p>"
        if weak.isEmpty { return html + "</section>" }
        html += conversationTable(weak, report: report)
        if weakTotal > weak.count { html += "<p class=\"note\">The \(weak.count) largest of \(weakTotal) listed.</p>" }
        return html + "</section>"
    }

    static func basisMeaning(_ basis: VerdictBasis) -> String {
        switch basis {
        case .handshake: "the TCP handshake: the SYN's sender is the client"
        case .synAck: "only the SYN-ACK was seen: its sender serves"
        case .simultaneous: "both sides sent a SYN; other facts decided"
        case .payload: "a payload only one role sends"
        case .ftpAnnouncement: "an FTP control connection announced the listener"
        case .endpointMemory: "the endpoint served another conversation"
        case .fanIn: "one side talks to many more peers"
        case .resetResponder: "one side only answered with resets"
        case .ports: "the ports"
        case .traffic: "only who sent first or more"
        case .groupAddress: "a group address only receives"
        case .unknown: "a guess"
        }
    }

    static func contested(_ report: AnalysisReport, limit: Int) -> String {
        var html = "<section><h2>Contested pairs</h2><p class=\"note\">Conversations whose ports alone give neither side "
            + "\(confidenceText(PortRoleFacts.settlingConfidence)) or more, most contested first, with the facts that settled "
            + "them and their weights (log-likelihood ratios for the server named; a fact against it weighs below zero).</p>"
        guard report.ambiguousCount > 0 else { return html + "<p class=\"muted\">None.</p></section>" }
        for pair in report.ambiguous.prefix(limit) {
            let flow = pair.flow
            let basis = "<span class=\"\(flow.isWeak ? "weak" : "settled")\">\(flow.basis.rawValue)</span>"
            html += "<div class=\"pair\"><div><span class=\"mono\">\(flow.transport.name) \(HTMLText.escape(flow.client.description)) → "
                + "\(HTMLText.escape(flow.server.description))</span>: server is \(flow.server.port) "
                + "(\(HTMLText.escape(flow.service ?? "unassigned"))), ports alone \(confidenceText(pair.portsProbability)), "
                + "settled by \(basis), confidence \(confidenceText(flow.confidence))</div>"
            html += facts(flow, registry: report.registry) + "</div>"
        }
        if report.ambiguousCount > min(limit, report.ambiguous.count) {
            html += "<p class=\"note\">\(report.ambiguousCount - min(limit, report.ambiguous.count)) more contested pairs.</p>"
        }
        return html + "</section>"
    }

    static func facts(_ flow: Conversation, registry: ServiceRegistry) -> String {
        guard !flow.facts.isEmpty else { return "" }
        var html = "<ul class=\"facts\">"
        for fact in flow.facts.prefix(5) {
            // The weight for the verdict's server: a fact against it counts below zero.
            let forVerdict = fact.supports ? fact.weight : -fact.weight
            let weight = fact.kind == nil ? "" : "<span class=\"w\">\(decimalText(forVerdict, digits: 2, signed: true))</span> "
            let words = (fact.supports ? "" : "against: ") + fact.evidence.text(registry: registry, transport: flow.transport)
            html += "<li>\(weight)\(HTMLText.escape(words))</li>"
        }
        if flow.facts.count > 5 { html += "<li>\(flow.facts.count - 5) more (in --format json)</li>" }
        return html + "</ul>"
    }

    static func conversations(_ largest: [Conversation], total: Int, report: AnalysisReport) -> String {
        guard !largest.isEmpty else { return "" }
        var html = "<section><h2>Largest conversations</h2>" + conversationTable(largest, report: report)
        if total > largest.count { html += "<p class=\"note\">The \(largest.count) largest of \(HTMLText.grouped(total)).</p>" }
        let probes = report.unansweredProbes.reduce(UInt64(0)) { $0 &+ $1.flows }
        if probes > 0 {
            html += "<p class=\"note\">\(HTMLText.grouped(Int(probes))) unanswered \(probes == 1 ? "probe" : "probes") not listed "
                + "(counted under Services by traffic).</p>"
        }
        return html + "</section>"
    }

    /// A conversation's start in UTC: the clock when the capture lies within one UTC date
    /// (the header names it), else the date too.
    static func startText(_ time: Timestamp, report: AnalysisReport) -> String {
        guard let first = report.firstTimestamp, let last = report.lastTimestamp,
              TimeText.utcDay(first) == TimeText.utcDay(last) else { return TimeText.utc(time, fractionDigits: 0) }
        return TimeText.utcClock(time)
    }

    static func conversationTable(_ flows: [Conversation], report: AnalysisReport) -> String {
        var html = "<table><thead><tr><th>proto</th><th>client</th><th>server</th><th>service</th><th>basis</th>"
            + "<th class=\"n\">conf</th><th>start (UTC)</th><th class=\"n\">duration</th><th class=\"n\">bytes to server</th>"
            + "<th class=\"n\">bytes to client</th><th>end</th></tr></thead><tbody>"
        for flow in flows {
            let service = flow.detectedProtocol.map { $0 == flow.service ? $0 : "\(flow.service ?? "unassigned") (\($0))" }
                ?? (flow.service ?? "unassigned")
            let basis = "<span class=\"\(flow.isWeak ? "weak" : "settled")\">\(flow.basis.rawValue)</span>"
            html += "<tr><td>\(flow.transport.name)</td><td class=\"mono\">\(HTMLText.escape(flow.client.description))</td>"
                + "<td class=\"mono\">\(HTMLText.escape(flow.server.description))</td><td>\(HTMLText.escape(service))</td>"
                + "<td>\(basis)</td><td class=\"n\">\(confidenceText(flow.confidence))</td><td class=\"t\">\(startText(flow.first, report: report))</td>"
                + "<td class=\"n\">\(TimeText.duration(from: flow.first, to: flow.last))</td>"
                + "<td class=\"n\">\(HTMLText.bytes(flow.toServer.bytes))</td><td class=\"n\">\(HTMLText.bytes(flow.toClient.bytes))</td>"
                + "<td>\(flow.ending.rawValue)</td></tr>"
        }
        return html + "</tbody></table>"
    }

    static func servers(_ report: AnalysisReport, limit: Int) -> String {
        let view = report.serverHosts
        guard !view.hosts.isEmpty else { return "" }
        var html = "<section><h2>Servers by host</h2><table><thead><tr><th>server</th><th class=\"n\">flows</th>"
            + "<th class=\"n\">clients</th><th class=\"n\">bytes to server</th><th class=\"n\">bytes to client</th>"
            + "<th>known by</th><th>services</th></tr></thead><tbody>"
        for host in view.hosts.prefix(limit) {
            html += "<tr><td class=\"mono\">\(HTMLText.escape(host.address.description))</td>"
                + "<td class=\"n\">\(HTMLText.grouped(host.flows))</td><td class=\"n\">\(HTMLText.grouped(host.clients))</td>"
                + "<td class=\"n\">\(HTMLText.bytes(host.toServer.bytes))</td><td class=\"n\">\(HTMLText.bytes(host.toClient.bytes))</td>"
                + "<td>\(host.basis.rawValue)</td><td>\(HTMLText.escape(ReportText.servicesText(host)))</td></tr>"
        }
        html += "</tbody></table>"
        if view.hosts.count > limit { html += "<p class=\"note\">\(view.hosts.count - limit) more servers (all in --format json).</p>" }
        return html + "</section>"
    }

    static func frames(_ report: AnalysisReport) -> String {
        var html = "<section><h2>Frames by outcome</h2><table style=\"width:auto\"><thead><tr><th>outcome</th>"
            + "<th class=\"n\">frames</th><th class=\"n\">share</th></tr></thead><tbody>"
        let total = report.frames.total
        for outcome in report.frames.listed {
            html += "<tr><td>\(outcome.name)</td><td class=\"n\">\(HTMLText.grouped(report.frames[outcome]))</td>"
                + "<td class=\"n\">\(HTMLText.percent(report.frames[outcome], of: total))</td></tr>"
        }
        html += "<tr><td><b>total</b></td><td class=\"n\"><b>\(HTMLText.grouped(total))</b></td><td></td></tr>"
        return html + "</tbody></table></section>"
    }
}
