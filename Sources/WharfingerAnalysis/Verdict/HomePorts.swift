import WharfingerServices
import WharfingerWire

/// The ports the registry gives each protocol a payload signature can name, looked up once:
/// it says when a detected protocol runs on a port not its own (http on 8081, ssh on 2222).
/// It only reads, so one value serves every flow end and every record.
struct HomePorts {
    let registry: ServiceRegistry
    /// "tcp/http": the ports the registry gives the detected protocol.
    private let ports: [String: [UInt16]]

    init(registry: ServiceRegistry) {
        self.registry = registry
        var ports: [String: [UInt16]] = [:]
        for service in Set(PayloadSignature.allCases.map(\.service)) {
            for transport in [TransportProtocol.tcp, .udp] {
                ports[Self.key(service, transport)] = registry.ports(service: service, transport: transport)
            }
        }
        self.ports = ports
    }

    private static func key(_ service: String, _ transport: TransportProtocol) -> String {
        transport.name + "/" + service
    }

    /// Protocols made to run on whatever port is at hand, so no port is unusual for them:
    /// STUN checks every ICE candidate's port (RFC 8445), a call's media ports and the
    /// services' own (19302, 3479, 8801) alike.
    static let anyPort: Set<String> = ["stun"]

    /// True for http on 8081 or ssh on 2222; false when the detected protocol is what the
    /// port is registered for (or a known alias of it), for carriers the registry has no
    /// ports for (e.g. "tls", which runs under many names), and for `anyPort`'s protocols.
    func isUnexpected(_ detected: String?, registered: String?, port: UInt16, transport: TransportProtocol) -> Bool {
        guard let detected, !Self.anyPort.contains(detected) else { return false }
        if let registered, ServiceAliases.compatible(detected: detected, registered: registered) { return false }
        let home = ports[Self.key(detected, transport)] ?? registry.ports(service: detected, transport: transport)
        return !home.isEmpty && !home.contains(port)
    }
}

/// Registry names under which a detected protocol is expected, beyond its own name (IPP is
/// HTTP on 631, RFC 8010).
enum ServiceAliases {
    private static let aliases: [String: [String]] = [
        "http": ["www-http", "http-alt", "http-mgmt", "http-rpc-epmap", "webcache", "tproxy", "ipp"],
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
