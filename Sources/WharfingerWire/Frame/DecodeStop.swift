/// The layer a decode stopped in, for truncated and malformed frames.
public enum Layer: UInt8, Sendable {
    case link, vlan, mpls, pppoe, ipv4, ipv6, ipv6Extension, tcp, udp
    case ppp, gre, erspan, vxlan, geneve, gtpU, teredo, l2tp, pbb, fabricPath, pim, capwap
    case radiotap, ppi, ieee80211, llc, ciscoHDLC, nflog, pflog, ipoib, arcnet

    public var name: String {
        switch self {
        case .link: "link"
        case .vlan: "vlan"
        case .mpls: "mpls"
        case .pppoe: "pppoe"
        case .ipv4: "ipv4"
        case .ipv6: "ipv6"
        case .ipv6Extension: "ipv6-ext"
        case .tcp: "tcp"
        case .udp: "udp"
        case .ppp: "ppp"
        case .gre: "gre"
        case .erspan: "erspan"
        case .vxlan: "vxlan"
        case .geneve: "geneve"
        case .gtpU: "gtp-u"
        case .teredo: "teredo"
        case .l2tp: "l2tp"
        case .pbb: "pbb"
        case .fabricPath: "fabricpath"
        case .pim: "pim"
        case .capwap: "capwap"
        case .radiotap: "radiotap"
        case .ppi: "ppi"
        case .ieee80211: "802.11"
        case .llc: "llc"
        case .ciscoHDLC: "c-hdlc"
        case .nflog: "nflog"
        case .pflog: "pflog"
        case .ipoib: "ipoib"
        case .arcnet: "arcnet"
        }
    }
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
