// CONTRACT between WharfingerServices and WharfingerAnalysis. The services helper
// replaces these stubs with real implementations in files of their own (one job per
// file) and deletes this file; the names and signatures stay as written here.
import WharfingerWire

/// TCP or UDP: the transports whose ports Wharfinger reasons about.
public enum TransportProtocol: UInt8, Sendable, Hashable, CaseIterable {
    case tcp = 6
    case udp = 17
    public var name: String { self == .tcp ? "tcp" : "udp" }
}

/// The IANA port ranges (RFC 6335) plus the ephemeral ranges stacks really use.
public enum PortRange: Sendable {
    case wellKnown      // 0-1023
    case registered     // 1024-49151
    case dynamic        // 49152-65535
    public init(_ port: UInt16) {
        self = port < 1024 ? .wellKnown : (port < 49152 ? .registered : .dynamic)
    }
}

/// Which side a payload's first bytes say their sender is.
public enum PayloadRole: UInt8, Sendable { case client, server }

/// A protocol recognised from the first payload bytes a side sent.
public struct PayloadSignature: Sendable, Equatable {
    /// A service name as the registry spells it where there is one ("http", "socks", "ica", "domain", "ntp"...).
    public var service: String
    /// The role the sender plays.
    public var role: PayloadRole
    /// Short evidence text, e.g. "HTTP request line", "ICA banner 7F 7F 49 43 41 00", "DNS QR=1 (response)".
    public var evidence: String
    public init(service: String, role: PayloadRole, evidence: String) {
        self.service = service; self.role = role; self.evidence = evidence
    }
}

public enum PayloadClassifier {
    /// Looks at the first captured payload bytes a side sent. `payload` holds only captured bytes.
    public static func classify(_ payload: borrowing RawSpan, transport: TransportProtocol,
                                srcPort: UInt16, dstPort: UInt16) -> PayloadSignature? { nil }
}

/// The IANA service-name registry, built in; `--services FILE` adds or overrides.
public struct ServiceRegistry: Sendable {
    public static let iana = ServiceRegistry()
    public init() {}
    /// The service name registered for a port, or nil when it is unassigned.
    public func name(port: UInt16, transport: TransportProtocol) -> String? { nil }
    /// Ports a service name is registered on (for "HTTP on an unusual port" checks).
    public func ports(service: String, transport: TransportProtocol) -> [UInt16] { [] }
    /// Adds or overrides from a services(5) file or IANA's CSV. Throws with a one-line message.
    public mutating func merge(contentsOf path: String) throws {}
}

/// Ephemeral port ranges client stacks pick from.
public enum EphemeralRange: Sendable, CaseIterable {
    case iana        // 49152-65535
    case linux       // 32768-60999
    case oldStacks   // 1024-4999
    public var bounds: ClosedRange<UInt16> {
        switch self {
        case .iana: 49152...65535
        case .linux: 32768...60999
        case .oldStacks: 1024...4999
        }
    }
}
