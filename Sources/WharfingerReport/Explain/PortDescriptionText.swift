import WharfingerServices

extension PortDescription {
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

extension PortRange {
    /// RFC 6335's name for the range.
    public var name: String {
        switch self {
        case .wellKnown: "well-known"
        case .registered: "registered"
        case .dynamic: "dynamic/private"
        }
    }
}

extension EphemeralRange {
    public var name: String {
        switch self {
        case .iana: "IANA dynamic"
        case .linux: "Linux default"
        case .oldStacks: "old-stack"
        }
    }
}
