/// What a conversation is made of, as the decoder found it in one frame: who sent it to
/// whom, the TCP fields, the sizes, and the tunnel it came through. A fixed-size value
/// without references, and the part of `DecodedFrame` a connection analysis reads, so a
/// two-thread reader hands this very value to the analysis thread.
public struct Packet: Sendable {
    public var source = Endpoint.unspecified
    public var tcpFlags: TCPFlags = []
    /// True once the transport header's ports were read.
    public var hasPorts = false
    /// The TCP window field, unscaled (a zero window is what conn.log histories note).
    public var window: UInt16 = 0
    public var destination = Endpoint.unspecified
    public var seq: UInt32 = 0
    public var ack: UInt32 = 0
    /// For IP fragments, the datagram they belong to: with the addresses and the protocol,
    /// its identification (IPv4's 16 bits, IPv6's fragment header's 32) names the datagram.
    /// (The fields are ordered to fill alignment holes: the value stays 96 bytes.)
    public var fragmentID: UInt32 = 0
    /// Transport payload bytes as the IP and transport length fields say, which a
    /// snap length does not shrink.
    public var payloadLength: Int = 0
    /// Offset of the transport payload in the frame (may be past the captured bytes).
    public var payloadOffset: Int = 0
    /// Offset of the (innermost) network header in the frame (a frame is far below 2 GiB).
    public var networkOffset: Int32 = 0
    public var fragment = FragmentPart.whole
    /// The (innermost) link layer addressed the frame to every station (Ethernet's
    /// ff:ff:ff:ff:ff:ff): how a subnet's broadcast address (192.168.1.255) is told from a
    /// host's, which the IP address alone cannot do without the netmask.
    public var linkBroadcast = false
    /// The tunnel the frame came through (zeros outside tunnels).
    public var tunnel = TunnelIdentity()

    public init() {}

    /// For TCP and UDP frames: the innermost IP packet's length as its headers say (IP and
    /// transport headers plus payload), what Zeek counts as a packet's IP bytes.
    public var ipPacketLength: Int { payloadOffset - Int(networkOffset) + payloadLength }
}

/// Which part of an IP datagram a frame carries.
public enum FragmentPart: UInt8, Sendable {
    /// Not fragmented.
    case whole
    /// The first fragment: it holds the transport header and so the ports.
    case first
    /// A later fragment: addresses and identification only. `payloadLength` is its share
    /// of the datagram's bytes.
    case later
}

/// Two values that are the same for both directions of a conversation in a tunnel:
/// `context`, which keeps tenants apart, and `path`, which names the tunnel itself.
public struct TunnelIdentity: Sendable, Equatable {
    /// 0 outside tunnels; otherwise a hash of each hop's kind and shared identifier (VNI,
    /// GRE key, I-SID, ERSPAN session). Conversations with the same addresses in different
    /// tenants stay apart by it; outer addresses are left out because a tunnel's two
    /// directions may take different outer addresses (SRv6 segments, asymmetric routes).
    public var context: UInt64 = 0
    /// 0 outside tunnels; otherwise `context` mixed with each hop's outer address pair in
    /// canonical order: one tunnel between two endpoints.
    public var path: UInt64 = 0

    public init() {}
}
