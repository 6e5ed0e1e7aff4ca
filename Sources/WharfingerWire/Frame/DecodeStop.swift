/// The layer a decode stopped in, for truncated and malformed frames (the report names it).
public enum Layer: UInt8, Sendable {
    case link, vlan, mpls, pppoe, ipv4, ipv6, ipv6Extension, tcp, udp
    case ppp, gre, erspan, vxlan, geneve, gtpU, teredo, l2tp, pbb, fabricPath, pim, capwap
    case radiotap, ppi, ieee80211, llc, ciscoHDLC, nflog, pflog, ipoib, arcnet
}

/// Why a decode stopped early. Plain cases, so recording one costs nothing; the report
/// layer words them (`DecodeStopText`).
public enum StopProblem: UInt8, Sendable {
    /// The captured bytes end before the header does.
    case shortHeader
    case badIPVersion
    case ipv4HeaderLengthBelowMinimum
    case ipv4TotalLengthBelowHeader
    case ipv6ExtensionChainTooLong
    case ipv6ExtensionBeyondPayload
    case tcpDataOffsetBelowMinimum
    case tcpHeaderBeyondSegment
    case udpLengthBelowMinimum
    case udpLengthBeyondDatagram
    case transportHeaderBeyondPacket
    /// Tunnels nested deeper than `TunnelChain.maxDepth`.
    case tunnelsTooDeep
    /// A GTP-U extension header whose length field is 0, which would never end.
    case extensionHeaderLengthZero
    /// More chained extension headers than any real packet carries.
    case extensionChainTooLong
    /// A link header's own length field (radiotap, PPI, PFLOG, an NFLOG TLV) below its minimum.
    case linkHeaderLengthBelowMinimum
}

/// Where and why decoding stopped: layer, byte offset of that layer's header in the
/// frame, the bytes that header needed and the bytes the capture had from there.
public struct DecodeStop: Sendable, Equatable {
    public var layer: Layer
    public var offset: Int
    public var needed: Int
    public var available: Int
    public var problem: StopProblem
    /// The value of the field at fault, when there is one (an IHL, a length).
    public var value: Int

    public init(layer: Layer, offset: Int, needed: Int, available: Int, problem: StopProblem, value: Int = 0) {
        self.layer = layer
        self.offset = offset
        self.needed = needed
        self.available = available
        self.problem = problem
        self.value = value
    }
}
