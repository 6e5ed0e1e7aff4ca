import WharfingerServices
import WharfingerWire

/// Turns a flow's state and verdict into a `FlowRecord` with its evidence. It only reads
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
        let service = registry.name(port: serverPort, transport: transport)
        return FlowRecord(
            transport: transport,
            client: flow.key.endpoint(side: client),
            server: flow.key.endpoint(side: server),
            service: service,
            detectedProtocol: detected,
            detectedProtocolUnexpected: isUnexpected(detected, registered: service, port: serverPort,
                                                     transport: transport),
            basis: verdict.basis,
            confidence: (verdict.confidence * 100).rounded() / 100,
            evidence: verdict.evidence,
            first: Timestamp(totalNanoseconds: flow.first),
            last: Timestamp(totalNanoseconds: flow.last),
            toServer: flow.side(client).tally,
            toClient: flow.side(server).tally,
            ending: flow.ending,
            tunnel: flow.tunnelPath)
    }

    /// The record of a contested flow, with what its ports alone say of the server it names.
    func contestedPair(_ flow: FlowState) -> ContestedPair {
        let record = record(flow)
        let p = PortRoleFacts.probability(serverPort: record.server.port, otherPort: record.client.port,
                                          transport: record.transport, registry: registry)
        return ContestedPair(flow: record, portsProbability: (p * 100).rounded() / 100)
    }

    /// True for http on 8081 or ssh on 2222; false when the detected protocol is what the
    /// port is registered for (or a known alias of it), and for carriers the registry has no
    /// ports for (e.g. "tls", which runs under many names).
    func isUnexpected(_ detected: String?, registered: String?, port: UInt16, transport: TransportProtocol) -> Bool {
        guard let detected else { return false }
        if let registered, ServiceAliases.compatible(detected: detected, registered: registered) { return false }
        let home = homePorts[Self.homeKey(detected, transport)] ?? registry.ports(service: detected, transport: transport)
        return !home.isEmpty && !home.contains(port)
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
