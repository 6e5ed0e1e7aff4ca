import Testing
import WharfingerWire

@Suite struct EthernetDecodingTests {
    @Test func ipv4TCPOverEthernet() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 6, payload: 20 + 5)
        f.tcp(sport: 51514, dport: 80, flags: 0x18, seq: 7, ack: 9)
        f.payload(5)
        let d = f.decode()
        #expect(d.outcome == .tcp)
        #expect(d.ipVersion == 4)
        #expect(d.packet.source.ip.description == "10.0.0.1")
        #expect(d.packet.destination.ip.description == "10.0.0.2")
        #expect(d.packet.source.port == 51514 && d.packet.destination.port == 80)
        #expect(d.packet.tcpFlags.tcpdumpLetters == "P.")
        #expect(d.packet.seq == 7 && d.packet.ack == 9)
        #expect(d.packet.payloadLength == 5)
        #expect(d.packet.payloadOffset == 14 + 20 + 20)
    }

    @Test func ethernetPaddingIsNotPayload() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 6, payload: 20)
        f.tcp(sport: 1, dport: 2, flags: 0x10)
        f.payload(6)  // minimum-frame padding after the IP datagram
        #expect(f.decode().packet.payloadLength == 0)
    }

    @Test func stackedVLANTags() {
        var f = FrameBytes()
        f.ethernet(type: 0x88a8)
        f.vlan(id: 100, next: 0x8100)
        f.vlan(id: 200, next: 0x0800)
        f.ipv4(proto: 17, payload: 8 + 3)
        f.udp(sport: 5353, dport: 53, payload: 3)
        f.payload(3)
        let d = f.decode()
        #expect(d.outcome == .udp)
        #expect(d.vlanTags == 2)
        #expect(d.packet.payloadLength == 3)
        #expect(d.packet.networkOffset == 22)
    }

    @Test func mplsLabelStackThenIPv6() {
        var f = FrameBytes()
        f.ethernet(type: 0x8847)
        f.u32(0x0001_0040)  // label 16, not bottom
        f.u32(0x0002_0140)  // label 32, bottom of stack
        f.ipv6(next: 6, payload: 20)
        f.tcp(sport: 443, dport: 50000, flags: 0x12)
        let d = f.decode()
        #expect(d.outcome == .tcp)
        #expect(d.mplsLabels == 2)
        #expect(d.ipVersion == 6)
        #expect(d.packet.tcpFlags.isSynAck)
    }

    @Test func pppoeSessionCarriesIPv4AndDiscoveryIsNotIP() {
        var f = FrameBytes()
        f.ethernet(type: 0x8864)
        f.u8(0x11); f.u8(0); f.u16(0x0001); f.u16(20 + 8 + 2); f.u16(0x0021)
        f.ipv4(proto: 17, payload: 8)
        f.udp(sport: 1000, dport: 2000, payload: 0)
        #expect(f.decode().outcome == .udp)

        var discovery = FrameBytes()
        discovery.ethernet(type: 0x8863)
        discovery.payload(20)
        let d = discovery.decode()
        #expect(d.outcome == .notIP)
        #expect(d.linkProtocol == 0x8863)
    }

    @Test func ieee8023LengthFrameAndARPAreNotIP() {
        var llc = FrameBytes()
        llc.ethernet(type: 46)
        llc.payload(46)
        #expect(llc.decode().outcome == .notIP)

        var arp = FrameBytes()
        arp.ethernet(type: 0x0806)
        arp.payload(28)
        #expect(arp.decode().outcome == .notIP)
        #expect(arp.decode().linkProtocol == 0x0806)
    }

    @Test func truncatedInsideVLANTagNamesLayerAndOffset() {
        var f = FrameBytes()
        f.ethernet(type: 0x8100)
        f.u16(7)
        let d = f.decode()
        #expect(d.outcome == .truncated)
        #expect(d.stop?.layer == .vlan)
        #expect(d.stop?.offset == 14)
        #expect(d.stop?.needed == 4)
        #expect(d.stop?.available == 2)
        #expect(QuotedStop(d.stop) == QuotedStop(.vlan, at: 14, .shortHeader, 4, 2))
    }

    @Test func shortEthernetHeader() {
        let f = FrameBytes(bytes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        let d = f.decode()
        #expect(d.outcome == .truncated)
        #expect(d.stop?.layer == .link)
    }
}

@Suite struct EncapsulationDecodingTests {
    @Test func cleartextMACsecWithSecureChannel() {
        var f = FrameBytes()
        f.ethernet(type: 0x88e5)
        f.u8(0x20); f.u8(0); f.u32(1)            // TCI with SC, SL, packet number
        f.u32(0x0102_0304); f.u32(0x0506_0001)   // SCI
        f.u16(0x0800)
        f.ipv4(proto: 17, payload: 8)
        f.udp(sport: 37459, dport: 6666, payload: 0)
        f.payload(16)                            // ICV
        let d = f.decode()
        #expect(d.outcome == .udp)
        #expect(d.packet.destination.port == 6666)
    }

    @Test func encryptedMACsecIsNotIP() {
        var f = FrameBytes()
        f.ethernet(type: 0x88e5)
        f.u8(0x2c); f.u8(0); f.u32(1); f.payload(40)
        #expect(f.decode().outcome == .notIP)
    }

    @Test func nshCarryingEthernet() {
        var f = FrameBytes()
        f.ethernet(type: 0x894f)
        f.u8(0x0f); f.u8(0x06); f.u8(0x01); f.u8(0x03)  // length 6 words, MD type 1, next: Ethernet
        f.u32(0x0000_01ff)                                // service path
        f.payload(16)                                     // fixed context headers
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 17, payload: 8)
        f.udp(sport: 52229, dport: 8000, payload: 0)
        let d = f.decode()
        #expect(d.outcome == .udp)
        #expect(d.packet.source.port == 52229)
    }

    @Test func nestedNSHIsBounded() {
        var f = FrameBytes()
        f.ethernet(type: 0x894f)
        for _ in 0..<10 { f.u8(0x0f); f.u8(0x02); f.u8(0x01); f.u8(0x04); f.u32(0) }
        #expect(f.decode().outcome == .notIP)
    }

    /// RFC 1661 protocol field compression: an odd first byte is the whole protocol.
    @Test func pppoeCompressedProtocolField() {
        var v4 = FrameBytes()
        v4.ethernet(type: 0x8864)
        v4.bytes += [0x11, 0x00, 0x12, 0x34, 0x00, 29, 0x21]
        v4.ipv4(proto: 17, payload: 8)
        v4.udp(sport: 5353, dport: 53, payload: 0)
        let d = v4.decode()
        #expect(d.outcome == .udp)
        #expect(d.packet.networkOffset == 14 + 7)

        var v6 = FrameBytes()
        v6.ethernet(type: 0x8864)
        v6.bytes += [0x11, 0x00, 0x12, 0x34, 0x00, 61, 0x57]
        v6.ipv6(next: 6, payload: 20)
        v6.tcp(sport: 40000, dport: 443, flags: 0x02)
        #expect(v6.decode().outcome == .tcp)

        // Uncompressed LCP (0xc021: first byte even) keeps its two bytes.
        var lcp = FrameBytes()
        lcp.ethernet(type: 0x8864)
        lcp.bytes += [0x11, 0x00, 0x12, 0x34, 0x00, 10, 0xc0, 0x21]
        lcp.zeros(8)
        #expect(lcp.decode().outcome == .notIP)
        #expect(lcp.decode().linkProtocol == 0xc021)
        #expect(QuotedStop(lcp.decode(captured: 14 + 7).stop) == QuotedStop(.ppp, at: 20, .shortHeader, 2, 1))
    }
}
