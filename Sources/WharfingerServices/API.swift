// CONTRACT between WharfingerServices and WharfingerAnalysis. The services helper
// replaces these stubs with real implementations in files of their own (one job per
// file) and deletes this file; the names and signatures stay as written here.
import WharfingerWire

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
