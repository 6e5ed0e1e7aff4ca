import Testing

@testable import WharfingerWire

@Suite struct TunnelChainTests {
    @Test("tunnel contexts are the same both ways and tell tenants apart, paths tell endpoints apart")
    func tunnelContextSymmetry() {
        let a = IPAddress("203.0.113.1")!, b = IPAddress("203.0.113.2")!, c = IPAddress("203.0.113.3")!
        func chain(_ src: IPAddress, _ dst: IPAddress, vni: UInt32) -> TunnelIdentity {
            var chain = TunnelChain(), identity = TunnelIdentity()
            _ = chain.append(TunnelHop(kind: .vxlan, ipVersion: 4, ipOffset: 14, udpOffset: 34, identifier: vni),
                             outer: src, dst, identity: &identity)
            return identity
        }
        #expect(chain(a, b, vni: 7).context == chain(b, a, vni: 7).context)
        #expect(chain(a, b, vni: 7).path == chain(b, a, vni: 7).path)
        #expect(chain(a, b, vni: 7).context != chain(a, b, vni: 8).context)
        #expect(chain(a, b, vni: 7).context == chain(a, c, vni: 7).context)
        #expect(chain(a, b, vni: 7).path != chain(a, c, vni: 7).path)
        #expect(TunnelIdentity().context == 0 && chain(a, b, vni: 0).context != 0)
    }
}
