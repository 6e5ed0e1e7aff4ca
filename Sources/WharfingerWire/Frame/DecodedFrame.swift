/// Everything the decoder learned about one frame, as plain values. It holds no
/// reference to the frame's bytes: offsets say where the payload starts.
public struct DecodedFrame: Sendable {
    public var outcome: FrameOutcome = .notIP
    /// 4 or 6 once an IP header decoded, else 0.
    public var ipVersion: UInt8 = 0
    /// Addresses, ports, TCP fields and sizes: what the connection analysis reads.
    public var packet = Packet()
    /// The transport protocol number (after IPv6 extension headers).
    public var ipProto: UInt8 = 0
    /// The link layer's protocol field for frames that are not IP (EtherType, SLL protocol...);
    /// the link type itself for `unsupportedLink` frames.
    public var linkProtocol: UInt16 = 0
    /// VLAN tags and MPLS labels passed on the way to the network header.
    public var vlanTags: UInt8 = 0
    public var mplsLabels: UInt8 = 0
    /// For IPv4 and IPv6 fragments: true when this is a fragment at all (first or later).
    public var isFragment: Bool = false
    /// Set for truncated and malformed frames.
    public var stop: DecodeStop? = nil
    /// The tunnels passed on the way to the innermost conversation, whose values the
    /// fields above hold (empty for frames outside tunnels, and with `--no-tunnels`).
    public var tunnel = TunnelChain()

    public init() {}

    /// The transport of the TCP or UDP conversation this frame belongs to; nil for frames
    /// outside conversations (not IP, other protocols, fragments, headers cut before the ports).
    public var transport: TransportProtocol? {
        guard packet.hasPorts else { return nil }
        switch outcome {
        case .tcp: return .tcp
        case .udp: return .udp
        default: return nil
        }
    }

    /// For a later fragment of a TCP or UDP datagram, its transport: the analysis counts it
    /// with the conversation its first fragment named. Nil for every other frame.
    public var laterFragmentTransport: TransportProtocol? {
        guard outcome == .fragment, packet.fragment == .later else { return nil }
        switch ipProto {
        case IPProtocol.tcp: return .tcp
        case IPProtocol.udp: return .udp
        default: return nil
        }
    }

    /// A frame on a link type the decoder does not know (a pcapng interface's), undecoded.
    public static func unsupportedLink(_ type: LinkType) -> DecodedFrame {
        var frame = DecodedFrame()
        frame.outcome = .unsupportedLink
        frame.linkProtocol = UInt16(truncatingIfNeeded: type.rawValue)
        return frame
    }
}
