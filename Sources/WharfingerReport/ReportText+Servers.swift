import WharfingerAnalysis
import WharfingerWire

/// The servers view in text: each address that served, largest traffic first, with what it
/// offers and how that is known.
extension ReportText {
    /// Services named in a host's row before the rest are summed up.
    static let servicesPerRow = 4

    var servers: [String] {
        let view = report.serverHosts
        var table = TextTable([("server", .left), ("flows", .right), ("clients", .right),
                               ("pkts>srv", .right), ("bytes>srv", .right), ("pkts>cli", .right),
                               ("bytes>cli", .right), ("known by", .left), ("services", .left)])
        for host in view.hosts.prefix(limit) {
            table.add([host.address.description, "\(host.flows)", "\(host.clients)",
                       compact(host.toServer.packets), compact(host.toServer.bytes),
                       compact(host.toClient.packets), compact(host.toClient.bytes),
                       host.basis.rawValue, Self.servicesText(host)])
        }
        var lines = [style.bold("Servers by host")]
        lines += view.hosts.isEmpty ? ["  none"] : table.lines(style: style)
        if view.hosts.count > limit { lines.append("  ... \(view.hosts.count - limit) more (all in --format json)") }
        if view.notKeptFlows > 0 {
            lines.append("  \(counted(view.notKeptFlows, "conversation")) of servers beyond the first \(view.hosts.count) were counted only")
        }
        if view.unansweredConnections > 0 {
            lines.append("  \(counted(view.unansweredConnections, "TCP connection")) refused or unanswered: no server listed")
        }
        if view.groupConversations > 0 {
            lines.append("  \(counted(view.groupConversations, "conversation")) to broadcast or multicast addresses: a group only receives")
        }
        return lines
    }

    /// "80/tcp http, 9099/tcp - (http), +3 more".
    static func servicesText(_ host: ServerHost) -> String {
        var parts = host.services.prefix(servicesPerRow).map { "\($0.port)/\($0.transport.name) \(serviceLabel($0))" }
        let more = host.services.count - servicesPerRow
        if more > 0 { parts.append("+\(more) more") }
        if host.notKeptServiceFlows > 0 { parts.append("+\(counted(host.notKeptServiceFlows, "conversation")) on others") }
        return parts.joined(separator: ", ")
    }

    /// The registered name, and the detected protocol in brackets when it differs.
    static func serviceLabel(_ service: HostService) -> String {
        guard let detected = service.detectedProtocol, detected != service.service else { return service.service ?? "-" }
        return "\(service.service ?? "-") (\(detected))"
    }
}

