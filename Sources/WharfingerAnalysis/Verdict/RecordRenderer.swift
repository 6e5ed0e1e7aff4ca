import WharfingerServices
import WharfingerWire

/// Turns a flow's state and verdict into a `FlowRecord` with evidence text. It only reads
/// what it is given, so one renderer may serve several threads: the registry's answer to
/// "which ports is X on" is looked up once, for every protocol the signatures name.
struct RecordRenderer {
    let engine: VerdictEngine
    let registry: ServiceRegistry
    /// "tcp/http": the ports the registry gives the detected protocol.
    private let homePorts: [String: [UInt16]]

    init(engine: VerdictEngine, registry: ServiceRegistry) {
        self.engine = engine
        self.registry = registry
        var homePorts: [String: [UInt16]] = [:]
        for service in Set(PayloadSignature.allCases.map(\.service)) {
            for transport in [TransportProtocol.tcp, .udp] {
                homePorts[Self.homeKey(service, transport)] = registry.ports(service: service, transport: transport)
            }
        }
        self.homePorts = homePorts
    }

    private static func homeKey(_ service: String, _ transport: TransportProtocol) -> String {
        transport.name + "/" + service
    }

    func record(_ flow: FlowState) -> FlowRecord {
        let verdict = engine.decide(flow, collectEvidence: true)
        let server = verdict.serverSide, client = 1 - server
        let transport = flow.key.transport
        let serverPort = flow.key.port(side: server)
        let detected = flow.detectedProtocol(server: server)
        return FlowRecord(
            transport: transport,
            client: flow.key.endpoint(side: client),
            server: flow.key.endpoint(side: server),
            service: registry.name(port: serverPort, transport: transport),
            detectedProtocol: detected,
            unexpectedService: unexpected(detected, port: serverPort, transport: transport),
            basis: verdict.basis,
            confidence: (verdict.confidence * 100).rounded() / 100,
            evidence: verdict.evidence.map { item in
                var text = item.fact.text(registry: registry, transport: transport)
                if let kind = item.kind { text += " (" + decimalText(item.supports ? kind.weight : -kind.weight, digits: 1, signed: true) + ")" }
                return item.supports ? text : "against: " + text
            },
            facts: verdict.evidence.compactMap { item in
                item.kind.map { FlowFact(kind: $0, server: flow.key.endpoint(side: item.serverSide), weight: $0.weight) }
            },
            first: Timestamp(totalNanoseconds: flow.first),
            last: Timestamp(totalNanoseconds: flow.last),
            toServer: flow.side(client).tally,
            toClient: flow.side(server).tally,
            endReason: flow.endReason,
            tunnel: flow.tunnelPath)
    }

    /// "http on tcp/8081 (registered: tbd)" or "ssh on unusual port 2222"; nil when the
    /// detected protocol is what the port is registered for (or a known alias of it), and
    /// for carriers the registry has no ports for (e.g. "tls", which runs under many names).
    func unexpected(_ detected: String?, port: UInt16, transport: TransportProtocol) -> String? {
        guard let detected else { return nil }
        let registered = registry.name(port: port, transport: transport)
        if let registered, ServiceAliases.compatible(detected: detected, registered: registered) { return nil }
        let home = homePorts[Self.homeKey(detected, transport)] ?? registry.ports(service: detected, transport: transport)
        if home.isEmpty || home.contains(port) { return nil }
        if let registered { return "\(detected) on \(transport.name)/\(port) (registered: \(registered))" }
        return "\(detected) on unusual port \(port)"
    }
}

/// Registry names under which a detected protocol is expected, beyond its own name.
enum ServiceAliases {
    private static let aliases: [String: [String]] = [
        "http": ["www-http", "http-alt", "http-mgmt", "http-rpc-epmap", "webcache", "tproxy"],
        "smtp": ["submission", "submissions", "smtps", "urd"],
        "imap": ["imaps", "imap3", "imap4-ssl"],
        "pop3": ["pop3s", "pop3-ssl"],
        "domain": ["mdns", "dns", "domain-s"],
        "ftp": ["ftps", "ftp-data", "ftps-data"],
        "socks": ["socks5"],
    ]

    static func compatible(detected: String, registered: String) -> Bool {
        registered == detected || registered.hasPrefix(detected + "-") || aliases[detected]?.contains(registered) == true
    }
}
