import Testing
import WharfingerWire

@Suite struct IPv6DecodingTests {
    @Test func extensionChainToTCP() {
        var f = FrameBytes()
        f.ethernet(type: 0x86dd)
        f.ipv6(next: 0, payload: 8 + 16 + 20)
        f.u8(60); f.u8(0); f.payload(6)          // hop-by-hop, 8 bytes
        f.u8(6); f.u8(1); f.payload(14)          // destination options, 16 bytes
        f.tcp(sport: 40000, dport: 443, flags: 2)
        let d = f.decode()
        #expect(d.outcome == .tcp)
        #expect(d.ipProto == 6)
        #expect(d.packet.destination.port == 443)
        #expect(d.packet.payloadLength == 0)
        #expect(d.packet.source.ip.description == "2001:db8::1")
    }

    @Test func authenticationHeaderLengthIsInFourByteUnits() {
        var f = FrameBytes()
        f.ethernet(type: 0x86dd)
        f.ipv6(next: 51, payload: 24 + 8)
        f.u8(17); f.u8(4); f.payload(22)         // AH: (4 + 2) * 4 = 24 bytes
        f.udp(sport: 500, dport: 500, payload: 0)
        let d = f.decode()
        #expect(d.outcome == .udp)
        #expect(d.packet.source.port == 500)
    }

    @Test func espEndsTheWalk() {
        var f = FrameBytes()
        f.ethernet(type: 0x86dd)
        f.ipv6(next: 50, payload: 16)
        f.payload(16)
        let d = f.decode()
        #expect(d.outcome == .otherTransport)
        #expect(d.ipProto == 50)
    }

    @Test func firstFragmentDecodesLaterFragmentDoesNot() {
        var first = FrameBytes()
        first.ethernet(type: 0x86dd)
        first.ipv6(next: 44, payload: 8 + 8 + 50)
        first.u8(17); first.u8(0); first.u16(0x0001); first.u32(99)  // offset 0, M=1
        first.udp(sport: 53, dport: 41000, payload: 2000)
        first.payload(50)
        let a = first.decode()
        #expect(a.outcome == .udp)
        #expect(a.isFragment)
        #expect(a.packet.payloadLength == 50)

        var later = FrameBytes()
        later.ethernet(type: 0x86dd)
        later.ipv6(next: 44, payload: 8 + 50)
        later.u8(17); later.u8(0); later.u16(0x00b8); later.u32(99)  // offset 23 * 8
        later.payload(50)
        let b = later.decode()
        #expect(b.outcome == .fragment)
        #expect(b.ipProto == 17)
        #expect(!b.packet.hasPorts)
    }

    @Test func extensionHeaderPastPayloadIsMalformed() {
        var f = FrameBytes()
        f.ethernet(type: 0x86dd)
        f.ipv6(next: 60, payload: 8)
        f.u8(6); f.u8(5); f.payload(6)           // claims 48 bytes
        let d = f.decode()
        #expect(d.outcome == .malformed)
        #expect(d.stop?.layer == .ipv6Extension)
    }

    @Test func endlessChainIsBounded() {
        var f = FrameBytes()
        f.ethernet(type: 0x86dd)
        f.ipv6(next: 60, payload: 8 * 20)
        for _ in 0..<20 { f.u8(60); f.u8(0); f.payload(6) }
        let d = f.decode()
        #expect(d.outcome == .malformed)
        #expect(d.stop?.problem == .ipv6ExtensionChainTooLong)
    }

    @Test func truncatedInsideExtensionHeader() {
        var f = FrameBytes()
        f.ethernet(type: 0x86dd)
        f.ipv6(next: 44, payload: 8 + 8)
        f.u8(17); f.u8(0); f.u16(0)
        let d = f.decode()
        #expect(d.outcome == .truncated)
        #expect(d.stop?.layer == .ipv6Extension)
        #expect(d.stop?.offset == 54)
    }
}
