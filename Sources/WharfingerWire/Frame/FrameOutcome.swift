/// What became of a frame: exactly one per frame, so the counts add up to what
/// libpcap (or the pcapng block reader) delivered.
public enum FrameOutcome: UInt8, CaseIterable, Sendable {
    case tcp
    case udp
    /// IP carrying something other than TCP or UDP (ICMP, SCTP, GRE, ESP...).
    case otherTransport
    /// A frame with no IP in it (ARP, LLDP, 802.3 length frames...).
    case notIP
    /// A non-first IP fragment: it carries no transport header.
    case fragment
    /// The capture stops inside a header that was needed.
    case truncated
    /// A header holds an impossible value.
    case malformed
    /// A frame of a pcapng interface whose link type the decoder does not know (libpcap's
    /// files have one link type, refused up front when unsupported). Reports list it only
    /// when it happened.
    case unsupportedLink
    /// A link-layer frame whose payload is encrypted (a protected 802.11 data frame): its
    /// protocol cannot be read. Reports list it only when it happened.
    case encrypted

    /// The name used in reports and NDJSON.
    public var name: String { staticName.description }

    /// The same name as a static string, for writers that take keys without allocating.
    public var staticName: StaticString {
        switch self {
        case .tcp: "tcp"
        case .udp: "udp"
        case .otherTransport: "other-transport"
        case .notIP: "not-ip"
        case .fragment: "fragment"
        case .truncated: "truncated"
        case .malformed: "malformed"
        case .unsupportedLink: "unsupported-link"
        case .encrypted: "encrypted"
        }
    }

    /// Outcomes most files never have; reports list them only when a frame had one, so
    /// other files keep the same report.
    public var listedOnlyWhenSeen: Bool { self == .unsupportedLink || self == .encrypted }
}
