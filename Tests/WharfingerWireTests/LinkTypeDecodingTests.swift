import Testing
import WharfingerWire

@Suite struct LinkTypeDecodingTests {
    private func ipv4UDP(into f: inout FrameBytes) {
        f.ipv4(proto: 17, payload: 8)
        f.udp(sport: 123, dport: 123, payload: 0)
    }

    @Test func nullInBothByteOrders() {
        var little = FrameBytes(bytes: [2, 0, 0, 0])
        ipv4UDP(into: &little)
        #expect(little.decode(.null).outcome == .udp)

        var big = FrameBytes(bytes: [0, 0, 0, 2])
        ipv4UDP(into: &big)
        #expect(big.decode(.null).outcome == .udp)

        var v6 = FrameBytes(bytes: [30, 0, 0, 0])
        v6.ipv6(next: 17, payload: 8)
        v6.udp(sport: 1, dport: 2, payload: 0)
        #expect(v6.decode(.null).outcome == .udp)
    }

    @Test func loopIsNetworkOrder() {
        var f = FrameBytes(bytes: [0, 0, 0, 2])
        ipv4UDP(into: &f)
        #expect(f.decode(.loop).outcome == .udp)
    }

    @Test func rawIPv4AndIPv6() {
        var f = FrameBytes()
        ipv4UDP(into: &f)
        #expect(f.decode(.raw).outcome == .udp)
        #expect(f.decode(.rawLinktype).outcome == .udp)
        #expect(f.decode(.ipv4).outcome == .udp)

        var g = FrameBytes()
        g.ipv6(next: 17, payload: 8)
        g.udp(sport: 1, dport: 2, payload: 0)
        #expect(g.decode(.ipv6).outcome == .udp)
        #expect(g.decode(.raw).outcome == .udp)
    }

    @Test func linuxCookedV1AndV2() {
        var sll = FrameBytes(bytes: [0, 0, 0, 1, 0, 6, 1, 2, 3, 4, 5, 6, 0, 0])
        sll.u16(0x0800)
        ipv4UDP(into: &sll)
        #expect(sll.decode(.linuxSLL).outcome == .udp)

        var sll2 = FrameBytes()
        sll2.u16(0x86dd); sll2.u16(0); sll2.u32(1); sll2.u16(1); sll2.u8(0); sll2.u8(6)
        sll2.bytes += [1, 2, 3, 4, 5, 6, 0, 0]
        sll2.ipv6(next: 6, payload: 20)
        sll2.tcp(sport: 8000, dport: 40000, flags: 0x11)
        let d = sll2.decode(.linuxSLL2)
        #expect(d.outcome == .tcp)
        #expect(d.packet.tcpFlags.tcpdumpLetters == "F.")
    }

    @Test func unsupportedLinkTypeHasNoDecoder() {
        #expect(FrameDecoder(linkType: LinkType(rawValue: 187)) == nil)  // BLUETOOTH_HCI_H4
    }

    @Test func emptyFrameIsTruncatedNotACrash() {
        let f = FrameBytes()
        for link in LinkType.supported {
            #expect(f.decode(link).outcome == .truncated)
        }
    }
}
