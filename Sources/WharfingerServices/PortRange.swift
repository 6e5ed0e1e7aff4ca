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
}
