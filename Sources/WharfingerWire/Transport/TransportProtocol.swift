/// TCP or UDP: the transports whose ports Wharfinger reasons about.
public enum TransportProtocol: UInt8, Sendable, Hashable, CaseIterable {
    case tcp = 6
    case udp = 17

    /// The name services(5) files and IANA use: "tcp" or "udp".
    public var name: String { self == .tcp ? "tcp" : "udp" }

    /// Parses a services(5) or IANA protocol token ("tcp", "UDP"); nil for sctp, dccp and others.
    public init?(name: some StringProtocol) {
        switch name.lowercased() {
        case "tcp": self = .tcp
        case "udp": self = .udp
        default: return nil
        }
    }
}
