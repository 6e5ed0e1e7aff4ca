/// Everything the decoder learned about one frame, as plain values. It holds no
/// reference to the frame's bytes: offsets say where the payload starts.
public struct DecodedFrame: Sendable {
    public var outcome: FrameOutcome = .notIP
    /// 4 or 6 once an IP header decoded, else 0.
    public var ipVersion: UInt8 = 0
    public var src: IPAddress = .unspecified
    public var dst: IPAddress = .unspecified
    /// The transport protocol number (after IPv6 extension headers).
    public var ipProto: UInt8 = 0
    /// True once the transport header's ports were read.
    public var hasPorts: Bool = false
    public var srcPort: UInt16 = 0
    public var dstPort: UInt16 = 0
    public var tcpFlags: TCPFlags = []
    /// The TCP window field, unscaled (a zero window is what conn.log histories note).
    public var window: UInt16 = 0
    public var seq: UInt32 = 0
    public var ack: UInt32 = 0
    /// Transport payload bytes as the IP and transport length fields say, which a
    /// snap length does not shrink.
    public var payloadLength: Int = 0
    /// Offset of the transport payload in the frame (may be past the captured bytes).
    public var payloadOffset: Int = 0
    /// Offset of the (innermost) network header in the frame.
    public var networkOffset: Int = 0
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

    /// For TCP and UDP frames: the innermost IP packet's length as its headers say (IP and
    /// transport headers plus payload), what Zeek counts as a packet's IP bytes.
    public var ipPacketLength: Int { payloadOffset - networkOffset + payloadLength }

    /// A frame on a link type the decoder does not know (a pcapng interface's), undecoded.
    public static func unsupportedLink(_ type: LinkType) -> DecodedFrame {
        var frame = DecodedFrame()
        frame.outcome = .unsupportedLink
        frame.linkProtocol = UInt16(truncatingIfNeeded: type.rawValue)
        return frame
    }
}
