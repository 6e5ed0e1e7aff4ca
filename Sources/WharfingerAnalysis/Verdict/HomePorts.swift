import WharfingerServices
import WharfingerWire

/// The ports the registry gives each protocol a payload signature can name, looked up once:
/// it says when a detected protocol runs on a port not its own (http on 8081, ssh on 2222).
/// It only reads, so one value serves every flow end and every record.
struct HomePorts {
    let registry: ServiceRegistry
    /// "tcp/http": the ports the registry gives the detected protocol.
    private let ports: [String: [UInt16]]
    /// The same per signature, at `rawValue * 2` (tcp) and `rawValue * 2 + 1` (udp): a flow's
    /// end asks without building its protocol's name.
    private let portsBySignature: [[UInt16]]

    init(registry: ServiceRegistry) {
        self.registry = registry
        var ports: [String: [UInt16]] = [:]
        for service in Set(PayloadSignature.allCases.map(\.service)) {
            for transport in [TransportProtocol.tcp, .udp] {
                let home = Self.homeService[service] ?? service
                ports[Self.key(service, transport)] = registry.ports(service: home, transport: transport)
            }
        }
        self.ports = ports
        portsBySignature = PayloadSignature.allCases.flatMap { signature in
            // An `anyPort` protocol has no home ports: it is never unexpected.
            [TransportProtocol.tcp, .udp].map {
                Self.anyPort.contains(signature.service) ? [] : ports[Self.key(signature.service, $0)] ?? []
            }
        }
    }

    private static func key(_ service: String, _ transport: TransportProtocol) -> String {
        transport.name + "/" + service
    }

    /// Protocols the registry has no name for, and the service whose ports are theirs: QUIC is
    /// HTTP/3's, on https's UDP port (RFC 9114 section 3.1).
    private static let homeService = ["quic": "https"]

    /// Protocols made to run on whatever port is at hand, so no port is unusual for them:
    /// STUN checks every ICE candidate's port (RFC 8445), a call's media ports and the
    /// services' own (19302, 3479, 8801) alike.
    static let anyPort: Set<String> = ["stun"]

    /// True for http on 8081 or ssh on 2222; false when the detected protocol is what the
    /// port is registered for (or a known alias of it), for carriers the registry has no
    /// ports for (e.g. "tls", which runs under many names), and for `anyPort`'s protocols.
    func isUnexpected(_ detected: String?, registered: String?, port: UInt16, transport: TransportProtocol) -> Bool {
        guard let detected, !Self.anyPort.contains(detected) else { return false }
        let home = ports[Self.key(detected, transport)] ?? registry.ports(service: detected, transport: transport)
        return isUnexpected(detected: detected, home: home, registered: registered, port: port)
    }

    /// The same for the protocol a signature names, on a port registered as the registry says.
    func isUnexpected(_ signature: PayloadSignature, port: UInt16, transport: TransportProtocol) -> Bool {
        let home = portsBySignature[Int(signature.rawValue) * 2 + (transport == .tcp ? 0 : 1)]
        return isUnexpected(detected: signature.service, home: home,
                            registered: registry.name(port: port, transport: transport), port: port)
    }

    /// The port test first: most conversations are on their protocol's own port, and the
    /// names are looked up and compared only for those that are not.
    private func isUnexpected(detected: @autoclosure () -> String, home: [UInt16],
                              registered: @autoclosure () -> String?, port: UInt16) -> Bool {
        guard !home.isEmpty && !home.contains(port) else { return false }
        guard let registered = registered() else { return true }
        return !ServiceAliases.compatible(detected: detected(), registered: registered)
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
        // rtsp-alt (8554) and rtsps (322) are RTSP's, ircu (6665-6669) and ircs-u (6697) IRC's.
        "rtsp": ["rtsp-alt", "rtsps"],
        "irc": ["ircu", "ircs-u"],
        // RADIUS's first ports, 1645 and 1646, still many NASes' default: IANA gave them to others.
        "radius": ["sightline", "sa-msg-port"],
        // DNS over QUIC listens on DNS over TLS's port (RFC 9250 section 4.1.1); https's ports
        // are QUIC's home already (`homeService`).
        "quic": ["domain-s"],
    ]

    static func compatible(detected: String, registered: String) -> Bool {
        registered == detected || registered.hasPrefix(detected + "-") || aliases[detected]?.contains(registered) == true
    }
}
