import WharfingerAnalysis
import WharfingerServices
import WharfingerWire

/// The report for a terminal or a log: services by traffic, scans, unexpected services,
/// servers by host, contested pairs, the largest conversations, tunnels, then frame accounting.
public struct ReportText {
    public var report: AnalysisReport
    public var style: TextStyle
    /// How many services and conversations to list before summarising the rest.
    public var limit: Int
    /// Extra lines (live capture statistics), printed before the frame accounting.
    public var extraSections: [[String]]
    /// Who read the frames; nil: libpcap, all of them.
    public var readers: FrameReaders?

    public static let defaultLimit = 25

    /// What the columns of the text report mean (`read --help`).
    public static let legend = """
        The text report's columns:
          flows         conversations of the service
          clients       distinct client addresses; servers: distinct servers
          weak          conversations with a weak verdict
          pkts>srv      packets from client to server (exact)
          bytes>srv     their bytes with headers (1.2M: abbreviated)
          payload>srv   their transport payload bytes
          pkts>cli, bytes>cli, payload>cli: the same, server to client
          basis         what settled who serves: handshake, syn-ack,
                        payload, ports, fan-in, traffic...; a ? marks a
                        weak verdict (unknown, only who sent first or
                        more, or below 0.7 without the handshake)
          conf          the probability that the server is the server
          start         the first frame's time, UTC (date too when the
                        capture spans more than one UTC day)
          duration      from the first frame to the last
          end           what ended it: fin, rst, rejected, idle...
        """

    public init(report: AnalysisReport, style: TextStyle, limit: Int = defaultLimit, extraSections: [[String]] = [],
                readers: FrameReaders? = nil) {
        self.report = report
        self.style = style
        self.limit = limit
        self.extraSections = extraSections
        self.readers = readers
    }

    public var lines: [String] {
        var out: [String] = []
        out += summary
        out += [""] + services
        if let probes = ScansText.probesLine(report) { out.append(probes) }
        // What a person acts on first: scans, unexpected services, who serves what, the
        // contested pairs; then the largest conversations and tunnels.
        if report.scanCount > 0 { out += [""] + ScansText.lines(report, style: style, limit: limit) }
        if report.unexpected.flows > 0 { out += [""] + unexpectedServices }
        if report.flowCount > 0 { out += [""] + servers }
        out += [""] + contested
        if !report.flows.isEmpty { out += [""] + conversations }
        if !report.tunnels.isEmpty || report.unrecordedTunnelFrames > 0 { out += [""] + tunnels }
        for section in extraSections { out += [""] + section }
        out += [""] + FrameAccountingText.lines(report.frames, readers: readers ?? FrameReaders(libpcap: report.frames.total),
                                                   fragmentsInFlows: report.fragmentsInFlows)
        return out
    }

    private var summary: [String] {
        var line = counted(report.frames.total, "frame") + ", " + counted(report.flowCount, "conversation")
        if report.weakVerdictFlows > 0 { line += " (\(report.weakVerdictFlows) with a weak verdict)" }
        guard let first = report.firstTimestamp, let last = report.lastTimestamp else { return [style.bold(line)] }
        return [style.bold(line),
                "\(TimeText.utc(first)) UTC to \(TimeText.utc(last)) UTC (\(TimeText.duration(from: first, to: last)))"]
            + oneSided
    }

    /// Conversations a tap saw one direction of: their other side's columns are empty for
    /// that reason, not because nothing came back.
    private var oneSided: [String] {
        let counts = report.oneSided
        guard counts.total > 0 else { return [] }
        let sides = counts.server == 0 ? "the client's packets alone"
            : counts.client == 0 ? "the server's packets alone"
            : "\(counts.client) the client's packets alone, \(counts.server) the server's"
        return [counted(counts.total, "conversation") + " seen from one side only (\(sides); one_sided in --format json)"]
    }

    private var services: [String] {
        var table = TextTable([("service", .left), ("port", .right), ("flows", .right), ("clients", .right),
                               ("servers", .right), ("weak", .right), ("pkts>srv", .right), ("bytes>srv", .right),
                               ("payload>srv", .right), ("pkts>cli", .right), ("bytes>cli", .right),
                               ("payload>cli", .right)])
        for service in report.services.prefix(limit) {
            table.add([service.service ?? "-", "\(service.port)/\(service.transport.name)", "\(service.flows)",
                       "\(service.clients)", "\(service.servers)", "\(service.weakFlows)",
                       String(service.toServer.packets), compact(service.toServer.bytes),
                       compact(service.toServer.payloadBytes), String(service.toClient.packets),
                       compact(service.toClient.bytes), compact(service.toClient.payloadBytes)])
        }
        var lines = [style.bold("Services by traffic")] + table.lines(style: style)
        if report.services.count > limit { lines.append("  ... \(report.services.count - limit) more (all in --format json)") }
        if report.services.isEmpty && report.unansweredProbes.isEmpty { lines.append("  (no TCP or UDP conversations)") }
        return lines
    }

    private var conversations: [String] {
        // A scan's probes are counted with the unanswered probes, not listed among conversations.
        let largest = report.flows.filter { !$0.isUnansweredProbe }.sorted {
            $0.toServer.bytes + $0.toClient.bytes > $1.toServer.bytes + $1.toClient.bytes
        }.prefix(limit)
        var columns: [(String, TextTable.Alignment)] = [
            ("proto", .left), ("client", .left), ("server", .left), ("service", .left),
            ("basis", .left), ("conf", .right), ("start", .left), ("duration", .right),
            ("pkts>srv", .right), ("bytes>srv", .right),
            ("pkts>cli", .right), ("bytes>cli", .right), ("end", .left)]
        // Conversations in tunnels name theirs by its number in the Tunnels list.
        let numbers = tunnelNumbers
        let showTunnels = largest.contains { $0.tunnel != 0 }
        if showTunnels { columns.append(("tunnel", .left)) }
        var table = TextTable(columns)
        for flow in largest {
            var row = [flow.transport.name, flow.client.description, flow.server.description,
                       flow.detectedProtocol.map { p in p == flow.service ? p : "\(flow.service ?? "-") (\(p))" } ?? (flow.service ?? "-"),
                       flow.basis.rawValue + (flow.isWeak ? "?" : ""), confidenceText(flow.confidence),
                       startText(flow.first), TimeText.duration(from: flow.first, to: flow.last),
                       String(flow.toServer.packets), compact(flow.toServer.bytes),
                       String(flow.toClient.packets), compact(flow.toClient.bytes), flow.ending.rawValue]
            if showTunnels { row.append(flow.tunnel == 0 ? "-" : numbers[flow.tunnel].map { "#\($0)" } ?? "?") }
            table.add(row)
        }
        var lines = [style.bold("Largest conversations")] + table.lines(style: style)
        let probes = report.unansweredProbes.reduce(UInt64(0)) { $0 &+ $1.flows }
        let more = report.flowCount - min(report.flowCount, Int(probes) + largest.count)
        if more > 0 { lines.append("  ... \(more) more (all in --format json)") }
        if probes > 0 { lines.append("  \(counted(probes, "unanswered probe")) not listed (all in --format json)") }
        return lines
    }

    /// A conversation's start in UTC: the clock when the capture lies within one UTC date
    /// (the header names it), else the date too.
    private func startText(_ time: Timestamp) -> String {
        guard let first = report.firstTimestamp, let last = report.lastTimestamp,
              TimeText.utcDay(first) == TimeText.utcDay(last) else { return TimeText.utc(time, fractionDigits: 0) }
        return TimeText.utcClock(time)
    }

    /// Each tunnel's number in the Tunnels list, from 1.
    private var tunnelNumbers: [UInt64: Int] {
        Dictionary(report.tunnels.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
    }

    /// The tunnels as conversations of their own: chain, and what each end sent.
    private var tunnels: [String] {
        var table = TextTable([("#", .right), ("tunnel (outermost first)", .left), ("pkts>", .right), ("bytes>", .right),
                               ("pkts<", .right), ("bytes<", .right)])
        for (index, tunnel) in report.tunnels.prefix(limit).enumerated() {
            table.add(["\(index + 1)", TunnelWriting.text(tunnel.hops),
                       compact(tunnel.forward.packets), compact(tunnel.forward.bytes),
                       compact(tunnel.backward.packets), compact(tunnel.backward.bytes)])
        }
        var lines = [style.bold("Tunnels")] + table.lines(style: style)
        if report.tunnels.count > limit { lines.append("  ... \(report.tunnels.count - limit) more (all in --format json)") }
        if report.unrecordedTunnelFrames > 0 {
            lines.append("  \(report.unrecordedTunnelFrames) frames of tunnels beyond the first \(report.tunnels.count) were counted only")
        }
        return lines
    }

    /// Pairs whose ports alone leave the roles open, most contested first, each with the
    /// basis and strongest facts that settled it instead.
    private var contested: [String] {
        let rule = "the ports alone give neither side \(confidenceText(PortRoleFacts.settlingConfidence)) or more; most contested first"
        var lines = [style.bold("Contested pairs") + " (\(rule))"]
        if report.ambiguousCount == 0 {
            lines.append("  none")
            return lines
        }
        let shown = report.ambiguous.prefix(limit)
        for pair in shown {
            let flow = pair.flow
            let basis = flow.isWeak ? style.yellow(flow.basis.rawValue) : style.green(flow.basis.rawValue)
            lines.append("  \(flow.transport.name) \(flow.client) -> \(flow.server): server is \(flow.server.port) (\(flow.service ?? "unassigned")), ports alone \(confidenceText(pair.portsProbability)), settled by \(basis), confidence \(confidenceText(flow.confidence))")
            for reason in flow.facts.prefix(Self.reasonsPerPair) {
                lines.append("      " + reason.text(registry: report.registry, transport: flow.transport))
            }
        }
        if report.ambiguousCount > shown.count {
            lines.append("  ... and \(report.ambiguousCount - shown.count) more")
        }
        return lines
    }

    /// The strongest reasons shown for each ambiguous pair (all of them in JSON).
    static let reasonsPerPair = 3

    /// Every conversation whose detected protocol was unexpected, one line per server
    /// endpoint and protocol.
    private var unexpectedServices: [String] {
        let view = report.unexpected
        var lines = [style.bold("Unexpected services (\(counted(view.flows, "conversation")))")]
        for service in view.services.prefix(limit) {
            lines.append("  " + style.red("\(service.transport.name) \(service.server)") + ": " + service.text
                         + ", " + counted(service.flows, "conversation"))
        }
        if view.services.count > limit { lines.append("  ... \(view.services.count - limit) more (all in --format json)") }
        if view.notKeptFlows > 0 {
            lines.append("  \(counted(view.notKeptFlows, "conversation")) on services beyond the first \(view.services.count) were counted only")
        }
        return lines
    }
}
