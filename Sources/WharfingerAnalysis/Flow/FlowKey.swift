import WharfingerWire

/// A conversation's identity: transport, both endpoints in canonical order (side A is
/// the lower address:port) and the tunnel it travels in. Fixed size, no references;
/// `make` says which side sent.
struct FlowKey: Equatable {
    /// The lower endpoint (IPv4 before IPv6, then address, then port) and the other.
    var a: Endpoint
    var transport: TransportProtocol
    var b: Endpoint
    /// `TunnelIdentity.context`: 0 outside tunnels. Tenants reusing addresses stay apart.
    var tunnel: UInt64

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

    /// Ports, transport and both address families in one word, for the hashes below.
    @inline(__always)
    private var portsWord: UInt64 {
        let families = UInt64(a.ip.isIPv6 ? 1 : 0) | UInt64(b.ip.isIPv6 ? 2 : 0)
        return UInt64(a.port) << 32 | UInt64(b.port) << 16 | UInt64(transport.rawValue) << 8 | families
    }

    /// A hash of the canonical key, so both directions meet (wyhash-style mixing).
    @inline(__always)
    var hash: UInt32 {
        var h = FlowKey.mix(a.ip.high ^ 0xa076_1d64_78bd_642f, b.ip.high ^ 0xe703_7ed1_a0b4_28db)
        h ^= FlowKey.mix(a.ip.low ^ 0x8ebc_6af0_9c88_c6e3, b.ip.low ^ 0x5899_65cc_7537_4cc3)
        h = FlowKey.mix(h ^ portsWord, 0x1d8e_4e27_c47d_124f ^ tunnel)
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// A 64-bit identity of this key's conversation that began at `first` (nanoseconds).
    func identity(first: Int64) -> UInt64 {
        var h = FlowKey.mix(a.ip.high ^ 0x2d35_8dcc_aa6c_78a5, b.ip.high ^ 0x8bb8_4b93_962e_acc9)
        h ^= FlowKey.mix(a.ip.low ^ 0x4b33_a62e_d433_d4a3, b.ip.low ^ 0x4d5a_2da5_1de1_aa47)
        h = FlowKey.mix(h ^ portsWord, tunnel ^ 0xa076_1d64_78bd_642f)
        return FlowKey.mix(h ^ UInt64(bitPattern: first), 0xe703_7ed1_a0b4_28db)
    }

    @inline(__always)
    static func mix(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let product = x.multipliedFullWidth(by: y)
        return product.high ^ product.low
    }

    func endpoint(side: Int) -> Endpoint { side == 0 ? a : b }

    func port(side: Int) -> UInt16 { side == 0 ? a.port : b.port }
}
