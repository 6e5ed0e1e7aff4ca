import WharfingerWire

/// Everything the registry and the range tables say about one port, for `explain`.
public struct PortDescription: Sendable, Equatable {
    public var port: UInt16
    public var transport: TransportProtocol
    /// The registry entry, or nil when the port is unassigned.
    public var entry: ServiceEntry?
    public var range: PortRange
    /// Ephemeral ranges the port falls in (empty when none).
    public var ephemeralRanges: [EphemeralRange]

    public var name: String? { entry?.name }

    /// One line, e.g. "1080/tcp socks (Socks); registered range 1024-49151; in ephemeral range old-stack 1024-4999".
    public var summary: String {
        var parts: [String] = []
        if let entry {
            let described = entry.description.map { "\(entry.name) (\($0))" } ?? entry.name
            if case .file(let path, let line) = entry.source {
                parts.append("\(port)/\(transport.name) \(described) [from \(path):\(line)]")
            } else {
                parts.append("\(port)/\(transport.name) \(described)")
            }
        } else {
            parts.append("\(port)/\(transport.name) unassigned")
        }
        parts.append("\(range.name) range \(range.bounds.lowerBound)-\(range.bounds.upperBound)")
        if ephemeralRanges.isEmpty {
            parts.append("in no common ephemeral range")
        } else {
            let names = ephemeralRanges.map { "\($0.name) \($0.bounds.lowerBound)-\($0.bounds.upperBound)" }
            parts.append("in ephemeral range " + names.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}

extension ServiceRegistry {
    /// The registry entry, IANA range and ephemeral ranges of a port.
    public func describe(port: UInt16, transport: TransportProtocol) -> PortDescription {
        PortDescription(port: port, transport: transport, entry: entry(port: port, transport: transport),
                        range: PortRange(port), ephemeralRanges: EphemeralRange.containing(port))
    }
}
