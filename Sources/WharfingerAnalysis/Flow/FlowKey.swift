import WharfingerWire

/// A conversation's identity: transport, both endpoints in canonical order (side A is
/// the lower address:port) and the tunnel it travels in. Fixed size, no references;
/// `make` says which side sent.
struct FlowKey: Equatable {
    var aHigh: UInt64
    var aLow: UInt64
    var bHigh: UInt64
    var bLow: UInt64
    var aPort: UInt16
    var bPort: UInt16
    var transport: UInt8
    /// Bit 0: side A is IPv6; bit 1: side B is IPv6.
    var families: UInt8
    /// `TunnelChain.context`: 0 outside tunnels. Tenants reusing addresses stay apart.
    var tunnel: UInt64

    /// The key of a packet from `src` to `dst`, and `flipped` = the sender is side B.
    @inline(__always)
    static func make(transport: UInt8, src: IPAddress, srcPort: UInt16,
                     dst: IPAddress, dstPort: UInt16, tunnel: UInt64 = 0) -> (key: FlowKey, flipped: Bool) {
        let srcFirst: Bool
        if src.isIPv6 != dst.isIPv6 {
            srcFirst = !src.isIPv6
        } else if src.high != dst.high {
            srcFirst = src.high < dst.high
        } else if src.low != dst.low {
            srcFirst = src.low < dst.low
        } else {
            srcFirst = srcPort <= dstPort
        }
        let (a, ap, b, bp) = srcFirst ? (src, srcPort, dst, dstPort) : (dst, dstPort, src, srcPort)
        let key = FlowKey(aHigh: a.high, aLow: a.low, bHigh: b.high, bLow: b.low,
                          aPort: ap, bPort: bp, transport: transport,
                          families: (a.isIPv6 ? 1 : 0) | (b.isIPv6 ? 2 : 0), tunnel: tunnel)
        return (key, !srcFirst)
    }

    /// A hash of the canonical key, so both directions meet (wyhash-style mixing).
    @inline(__always)
    var hash: UInt32 {
        let ports = UInt64(aPort) << 32 | UInt64(bPort) << 16 | UInt64(transport) << 8 | UInt64(families)
        var h = FlowKey.mix(aHigh ^ 0xa076_1d64_78bd_642f, bHigh ^ 0xe703_7ed1_a0b4_28db)
        h ^= FlowKey.mix(aLow ^ 0x8ebc_6af0_9c88_c6e3, bLow ^ 0x5899_65cc_7537_4cc3)
        h = FlowKey.mix(h ^ ports, 0x1d8e_4e27_c47d_124f ^ tunnel)
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// A 64-bit identity of this key's conversation that began at `first` (nanoseconds).
    func identity(first: Int64) -> UInt64 {
        let ports = UInt64(aPort) << 32 | UInt64(bPort) << 16 | UInt64(transport) << 8 | UInt64(families)
        var h = FlowKey.mix(aHigh ^ 0x2d35_8dcc_aa6c_78a5, bHigh ^ 0x8bb8_4b93_962e_acc9)
        h ^= FlowKey.mix(aLow ^ 0x4b33_a62e_d433_d4a3, bLow ^ 0x4d5a_2da5_1de1_aa47)
        h = FlowKey.mix(h ^ ports, tunnel ^ 0xa076_1d64_78bd_642f)
        return FlowKey.mix(h ^ UInt64(bitPattern: first), 0xe703_7ed1_a0b4_28db)
    }

    @inline(__always)
    static func mix(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let product = x.multipliedFullWidth(by: y)
        return product.high ^ product.low
    }

    var transportProtocol: UInt8 { transport }

    func endpoint(side: Int) -> Endpoint {
        side == 0
            ? Endpoint(ip: IPAddress(high: aHigh, low: aLow, isIPv6: families & 1 != 0), port: aPort)
            : Endpoint(ip: IPAddress(high: bHigh, low: bLow, isIPv6: families & 2 != 0), port: bPort)
    }

    func port(side: Int) -> UInt16 { side == 0 ? aPort : bPort }
}
