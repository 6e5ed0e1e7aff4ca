/// The IANA port ranges (RFC 6335 section 6).
public enum PortRange: Sendable, Hashable, CaseIterable {
    case wellKnown      // 0-1023
    case registered     // 1024-49151
    case dynamic        // 49152-65535

    /// The range that holds the port: the three cover every port.
    public init(_ port: UInt16) {
        self = Self.allCases.first { $0.contains(port) }!
    }

    public var bounds: ClosedRange<UInt16> {
        switch self {
        case .wellKnown: 0...1023
        case .registered: 1024...49151
        case .dynamic: 49152...65535
        }
    }

    public func contains(_ port: UInt16) -> Bool { bounds.contains(port) }

    /// RFC 6335's name for the range.
    public var name: String {
        switch self {
        case .wellKnown: "well-known"
        case .registered: "registered"
        case .dynamic: "dynamic/private"
        }
    }

    /// What the range says about who listens there.
    public var note: String {
        switch self {
        case .wellKnown:
            "system ports: binding needs root (or CAP_NET_BIND_SERVICE) on Unix, so a listener here is usually a deliberate server"
        case .registered:
            "user ports: IANA assigns them to services, but any process may bind them and older stacks pick client ports here too"
        case .dynamic:
            "never assigned by IANA; stacks pick client (ephemeral) ports here"
        }
    }
}
