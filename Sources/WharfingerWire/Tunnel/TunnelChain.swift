/// One encapsulation a frame passed through on the way to its innermost conversation:
/// where its outer IP and UDP headers are in the frame (so their addresses and ports can
/// be read back from the bytes) and its identifier. Plain values, 16 bytes.
public struct TunnelHop: Sendable, Equatable {
    public var kind: TunnelKind
    /// 4 or 6 for the outer IP header at `ipOffset`; 0 for link-layer encapsulations (PBB,
    /// FabricPath, or an Ethernet frame a tunnel carried) that have none.
    public var ipVersion: UInt8
    public var hasIdentifier: Bool
    public var ipOffset: UInt32
    /// The outer UDP header's offset for UDP tunnels, else 0 (no tunnel's UDP header is at 0).
    public var udpOffset: UInt32
    /// VNI, GRE key, TEID, session, I-SID... as `kind.identifierName` says.
    public var identifier: UInt32

    public init(kind: TunnelKind, ipVersion: UInt8, ipOffset: Int, udpOffset: Int, identifier: UInt32?) {
        self.kind = kind
        self.ipVersion = ipVersion
        self.ipOffset = UInt32(truncatingIfNeeded: ipOffset)
        self.udpOffset = UInt32(truncatingIfNeeded: udpOffset)
        self.hasIdentifier = identifier != nil
        self.identifier = identifier ?? 0
    }

    /// The outer addresses and (for UDP tunnels) ports, read back from the frame the hop was
    /// decoded from. Nil for hops without an IP header.
    public func outerEndpoints(in frame: borrowing RawSpan)
        -> (src: IPAddress, dst: IPAddress, srcPort: UInt16?, dstPort: UInt16?)? {
        let ip = Int(ipOffset)
        let src: IPAddress, dst: IPAddress
        switch ipVersion {
        case 4:
            guard frame.byteCount - ip >= IPv4.Field.minimumLength else { return nil }
            (src, dst) = IPv4.addresses(frame, at: ip)
        case 6:
            guard frame.byteCount - ip >= IPv6.Field.headerLength else { return nil }
            (src, dst) = IPv6.addresses(frame, at: ip)
        default:
            return nil
        }
        let udp = Int(udpOffset)
        guard udp > 0, frame.byteCount - udp >= Transport.Ports.length else { return (src, dst, nil, nil) }
        return (src, dst, frame.be16(udp + Transport.Ports.source), frame.be16(udp + Transport.Ports.destination))
    }
}

extension TunnelHop {
    /// The outer IP packet's length and (for UDP tunnels) the outer UDP payload's, as their
    /// headers' length fields say; nil for hops without an IP header or when the header
    /// was not captured. What conn.log counts for the tunnel's own connection.
    public func outerLengths(in frame: borrowing RawSpan) -> (ip: Int, udpPayload: Int)? {
        let ip = Int(ipOffset)
        let total: Int
        switch ipVersion {
        case 4:
            guard frame.byteCount - ip >= IPv4.Field.minimumLength else { return nil }
            total = Int(frame.be16(ip + IPv4.Field.totalLength))
        case 6:
            guard frame.byteCount - ip >= IPv6.Field.headerLength else { return nil }
            total = IPv6.Field.headerLength + Int(frame.be16(ip + IPv6.Field.payloadLength))
        default:
            return nil
        }
        let udp = Int(udpOffset)
        guard udp > 0, frame.byteCount - udp >= UDP.Field.headerLength else { return (total, 0) }
        return (total, max(Int(frame.be16(udp + UDP.Field.length)) - UDP.Field.headerLength, 0))
    }
}

/// The tunnels a frame passed through, outermost first, in fixed-size storage (no
/// allocation). Appending a hop also works out the frame's `TunnelIdentity`.
public struct TunnelChain: Sendable {
    /// Deeper nesting than any real network builds; hostile frames stop here.
    public static let maxDepth = 4

    public private(set) var depth: UInt8 = 0
    private var hops: (TunnelHop, TunnelHop, TunnelHop, TunnelHop) = (.none, .none, .none, .none)

    public init() {}

    public var isEmpty: Bool { depth == 0 }

    public subscript(index: Int) -> TunnelHop {
        switch index {
        case 0: hops.0
        case 1: hops.1
        case 2: hops.2
        default: hops.3
        }
    }

    /// Adds a hop; false when the chain is already `maxDepth` long.
    mutating func append(_ hop: TunnelHop, outer src: IPAddress, _ dst: IPAddress,
                         identity: inout TunnelIdentity) -> Bool {
        guard depth < TunnelChain.maxDepth else { return false }
        switch depth {
        case 0: hops.0 = hop
        case 1: hops.1 = hop
        case 2: hops.2 = hop
        default: hops.3 = hop
        }
        depth += 1
        let identifier = hop.kind.identifierIsShared && hop.hasIdentifier ? UInt64(hop.identifier) : 0
        let tenant = UInt64(hop.kind.rawValue) << 56 | identifier
        // Never 0, which means "no tunnel".
        identity.context = TunnelChain.mix(identity.context ^ tenant ^ 0x1d8e_4e27_c47d_124f, 0xa076_1d64_78bd_642f) | 1
        // Order the pair so both directions give the same value.
        let (low, high) = src < dst ? (src, dst) : (dst, src)
        var h = identity.path ^ tenant
        h = TunnelChain.mix(h ^ low.high ^ 0xa076_1d64_78bd_642f, low.low ^ 0xe703_7ed1_a0b4_28db)
        h = TunnelChain.mix(h ^ high.high ^ 0x8ebc_6af0_9c88_c6e3, high.low ^ 0x5899_65cc_7537_4cc3)
        identity.path = h | 1
        return true
    }

    @inline(__always)
    private static func mix(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let product = x.multipliedFullWidth(by: y)
        return product.high ^ product.low
    }
}

extension TunnelHop {
    static let none = TunnelHop(kind: .ipInIP, ipVersion: 0, ipOffset: 0, udpOffset: 0, identifier: nil)
}
