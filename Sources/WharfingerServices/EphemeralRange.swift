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

    public var name: String {
        switch self {
        case .iana: "IANA dynamic"
        case .linux: "Linux default"
        case .oldStacks: "old-stack"
        }
    }

    /// Which stacks use the range.
    public var note: String {
        switch self {
        case .iana: "RFC 6335; Windows Vista and later, macOS, FreeBSD"
        case .linux: "net.ipv4.ip_local_port_range default"
        case .oldStacks: "Windows XP/2003 and old BSD stacks (1025-5000 on Windows)"
        }
    }
}
