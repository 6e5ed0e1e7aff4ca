/// Ephemeral port ranges client stacks pick source ports from.
public enum EphemeralRange: Sendable, Hashable, CaseIterable {
    case iana        // 49152-65535
    case linux       // 32768-60999
    case oldStacks   // 1024-4999

    public var bounds: ClosedRange<UInt16> {
        switch self {
        case .iana: PortRange.dynamic.bounds
        case .linux: 32768...60999
        case .oldStacks: 1024...4999
        }
    }

    public func contains(_ port: UInt16) -> Bool { bounds.contains(port) }

    /// Every range the port falls in, in `allCases` order; empty when none does.
    public static func containing(_ port: UInt16) -> [EphemeralRange] {
        allCases.filter { $0.contains(port) }
    }
}
