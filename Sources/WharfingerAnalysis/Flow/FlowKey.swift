import WharfingerWire

/// A conversation's identity: transport, both endpoints in canonical order (side A is
/// the lower address:port) and the tunnel it travels in. Fixed size, no references;
/// `make` says which side sent.
///
/// Kept as six words rather than two `Endpoint`s: every frame's table lookup compares a
/// key (six word compares, where the endpoints' fields and padding took nine), and the hash
/// reads the words as they are. 48 bytes.
struct FlowKey: Equatable {
    private var aHigh: UInt64
    private var aLow: UInt64
    private var bHigh: UInt64
    private var bLow: UInt64
    /// Ports, transport and both address families in one word: A's port << 32 | B's port
    /// << 16 | transport << 8 | families (bit 0: A is IPv6, bit 1: B is).
    private var portsWord: UInt64
    /// `TunnelIdentity.context`: 0 outside tunnels. Tenants reusing addresses stay apart.
    var tunnel: UInt64

    @inline(__always)
    init(a: Endpoint, transport: TransportProtocol, b: Endpoint, tunnel: UInt64) {
        aHigh = a.ip.high
        aLow = a.ip.low
        bHigh = b.ip.high
        bLow = b.ip.low
        let families = UInt64(a.ip.isIPv6 ? 1 : 0) | UInt64(b.ip.isIPv6 ? 2 : 0)
        portsWord = UInt64(a.port) << 32 | UInt64(b.port) << 16 | UInt64(transport.rawValue) << 8 | families
        self.tunnel = tunnel
    }

    /// The lower endpoint (IPv4 before IPv6, then address, then port).
    var a: Endpoint {
        Endpoint(ip: IPAddress(high: aHigh, low: aLow, isIPv6: portsWord & 1 != 0),
                 port: UInt16(truncatingIfNeeded: portsWord >> 32))
    }

    /// The higher endpoint.
    var b: Endpoint {
        Endpoint(ip: IPAddress(high: bHigh, low: bLow, isIPv6: portsWord & 2 != 0),
                 port: UInt16(truncatingIfNeeded: portsWord >> 16))
    }

    /// TCP or UDP, the only transports a key is made for.
    var transport: TransportProtocol {
        UInt8(truncatingIfNeeded: portsWord >> 8) == TransportProtocol.tcp.rawValue ? .tcp : .udp
    }

    /// The key of a packet from `source` to `destination`, and `flipped` = the sender is side B.
    @inline(__always)
    static func make(_ transport: TransportProtocol, from source: Endpoint, to destination: Endpoint,
                     tunnel: UInt64 = 0) -> (key: FlowKey, flipped: Bool) {
        let src = source.ip, dst = destination.ip
        let sourceFirst: Bool
        if src.isIPv6 != dst.isIPv6 {
            sourceFirst = !src.isIPv6
        } else if src.high != dst.high {
            sourceFirst = src.high < dst.high
        } else if src.low != dst.low {
            sourceFirst = src.low < dst.low
        } else {
            sourceFirst = source.port <= destination.port
        }
        let key = sourceFirst
            ? FlowKey(a: source, transport: transport, b: destination, tunnel: tunnel)
            : FlowKey(a: destination, transport: transport, b: source, tunnel: tunnel)
        return (key, !sourceFirst)
    }

    /// A hash of the canonical key, so both directions meet (wyhash-style mixing).
    @inline(__always)
    var hash: UInt32 {
        var h = FlowKey.mix(aHigh ^ 0xa076_1d64_78bd_642f, bHigh ^ 0xe703_7ed1_a0b4_28db)
        h ^= FlowKey.mix(aLow ^ 0x8ebc_6af0_9c88_c6e3, bLow ^ 0x5899_65cc_7537_4cc3)
        h = FlowKey.mix(h ^ portsWord, 0x1d8e_4e27_c47d_124f ^ tunnel)
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// A 64-bit identity of this key's conversation that began at `first` (nanoseconds).
    func identity(first: Int64) -> UInt64 {
        var h = FlowKey.mix(aHigh ^ 0x2d35_8dcc_aa6c_78a5, bHigh ^ 0x8bb8_4b93_962e_acc9)
        h ^= FlowKey.mix(aLow ^ 0x4b33_a62e_d433_d4a3, bLow ^ 0x4d5a_2da5_1de1_aa47)
        h = FlowKey.mix(h ^ portsWord, tunnel ^ 0xa076_1d64_78bd_642f)
        return FlowKey.mix(h ^ UInt64(bitPattern: first), 0xe703_7ed1_a0b4_28db)
    }

    @inline(__always)
    static func mix(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let product = x.multipliedFullWidth(by: y)
        return product.high ^ product.low
    }

    func endpoint(side: Int) -> Endpoint { side == 0 ? a : b }

    func port(side: Int) -> UInt16 { UInt16(truncatingIfNeeded: portsWord >> (side == 0 ? 32 : 16)) }
}
