/// Where IPFIX messages go: `udp://HOST:PORT` or `tcp://HOST:PORT` (an IPv6 address in
/// brackets: `udp://[::1]:4739`).
public struct IPFIXDestination: Sendable, Equatable, CustomStringConvertible {
    public enum Transport: String, Sendable { case udp, tcp }

    public var transport: Transport
    public var host: String
    public var port: UInt16

    public init(transport: Transport, host: String, port: UInt16) {
        self.transport = transport
        self.host = host
        self.port = port
    }

    /// Parses the URL; the error says what is wrong with it.
    public init(url: String) throws(IPFIXExportError) {
        func bad(_ reason: String) -> IPFIXExportError { .badDestination(url, reason: reason) }
        guard let schemeEnd = url.firstRange(of: "://") else { throw bad("expected udp://HOST:PORT or tcp://HOST:PORT") }
        guard let transport = Transport(rawValue: url[..<schemeEnd.lowerBound].lowercased()) else {
            throw bad("the scheme is udp or tcp")
        }
        let rest = url[schemeEnd.upperBound...]
        let host: Substring, portText: Substring
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw bad("an IPv6 address in brackets lacks its ']'") }
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            guard after.hasPrefix(":") else { throw bad("a port is needed after the host") }
            portText = after.dropFirst()
        } else {
            guard let colon = rest.lastIndex(of: ":") else { throw bad("a port is needed after the host") }
            host = rest[..<colon]
            portText = rest[rest.index(after: colon)...]
            if host.contains(":") { throw bad("put an IPv6 address in brackets: [::1]") }
        }
        guard !host.isEmpty else { throw bad("the host is empty") }
        guard !host.contains("/") && !portText.contains("/") else { throw bad("a destination has no path") }
        guard let port = UInt16(portText), port > 0 else { throw bad("the port is a number from 1 to 65535") }
        self.init(transport: transport, host: String(host), port: port)
    }

    public var description: String {
        host.contains(":") ? "\(transport.rawValue)://[\(host)]:\(port)" : "\(transport.rawValue)://\(host):\(port)"
    }
}

/// Why IPFIX export failed. Each has its own exit status: 64 (a usage error) for a
/// destination that is not a URL, 68 (sysexits' EX_NOHOST) for a host that does not
/// resolve, 69 (EX_UNAVAILABLE) for a collector that cannot be reached or lost messages.
public enum IPFIXExportError: Error, Equatable, Sendable {
    case badDestination(String, reason: String)
    case unresolvable(IPFIXDestination, detail: String)
    case unreachable(IPFIXDestination, detail: String)
    /// Messages that could not be sent during the run (of `total`).
    case messagesLost(IPFIXDestination, lost: UInt64, total: UInt64, detail: String)

    public var exitStatus: Int32 {
        switch self {
        case .badDestination: 64
        case .unresolvable: 68
        case .unreachable, .messagesLost: 69
        }
    }

    public var message: String {
        switch self {
        case .badDestination(let url, let reason):
            "--ipfix '\(url)': \(reason)"
        case .unresolvable(let destination, let detail):
            "IPFIX collector \(destination): host not found (\(detail))"
        case .unreachable(let destination, let detail):
            "IPFIX collector \(destination): cannot connect (\(detail))"
        case .messagesLost(let destination, let lost, let total, let detail):
            "IPFIX collector \(destination): \(lost) of \(total) messages could not be sent (\(detail))"
        }
    }
}
