import Testing
import WharfingerWire

@Suite struct IPv4DecodingTests {
    @Test func optionsShiftTheTransportHeader() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 6, payload: 20, ihl: 7)
        f.tcp(sport: 22, dport: 40000, flags: 0x10)
        let d = f.decode()
        #expect(d.outcome == .tcp)
        #expect(d.packet.source.port == 22)
        #expect(d.packet.payloadOffset == 14 + 28 + 20)
    }

    @Test func headerLengthBelowFiveIsMalformed() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 6, payload: 20, ihl: 3)
        f.payload(40)
        let d = f.decode()
        #expect(d.outcome == .malformed)
        #expect(d.stop?.layer == .ipv4)
        #expect(d.stop?.offset == 14)
        #expect(QuotedStop(d.stop) == QuotedStop(.ipv4, at: 14, .ipv4HeaderLengthBelowMinimum, 3))
    }

    @Test func totalLengthBelowHeaderIsMalformed() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 6, payload: 20, totalLength: 12)
        f.tcp(sport: 1, dport: 2, flags: 2)
        #expect(f.decode().outcome == .malformed)
    }

    @Test func wrongVersionUnderIPv4EtherTypeIsMalformed() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 6, payload: 20)
        f.tcp(sport: 1, dport: 2, flags: 2)
        f.bytes[14] = 0x55
        let d = f.decode()
        #expect(d.outcome == .malformed)
        #expect(d.stop?.problem == .badIPVersion)
    }

    @Test func totalLengthZeroFallsBackToCapturedLength() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 6, payload: 20 + 1000, totalLength: 0)
        f.tcp(sport: 80, dport: 50000, flags: 0x10)
        f.payload(1000)
        let d = f.decode()
        #expect(d.outcome == .tcp)
        #expect(d.packet.payloadLength == 1000)
    }

    @Test func snapLengthKeepsTrueLengths() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 6, payload: 20 + 1400)
        f.tcp(sport: 80, dport: 50000, flags: 0x10)
        f.payload(1400)
        let d = f.decode(captured: 68)
        #expect(d.outcome == .tcp)
        #expect(d.packet.payloadLength == 1400)
    }

    @Test func firstFragmentGivesPortsLaterOnesDoNot() {
        var first = FrameBytes()
        first.ethernet(type: 0x0800)
        first.ipv4(proto: 17, payload: 8 + 100, fragment: 0x2000)
        first.udp(sport: 53, dport: 40000, payload: 3000)
        first.payload(100)
        let a = first.decode()
        #expect(a.outcome == .udp)
        #expect(a.isFragment)
        #expect(a.packet.source.port == 53)
        #expect(a.packet.payloadLength == 100)

        var later = FrameBytes()
        later.ethernet(type: 0x0800)
        later.ipv4(proto: 17, payload: 100, fragment: 0x000e)
        later.payload(100)
        let b = later.decode()
        #expect(b.outcome == .fragment)
        #expect(!b.packet.hasPorts)
    }

    @Test func truncatedInsideIPv4Header() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 6, payload: 20)
        let d = f.decode(captured: 14 + 12)
        #expect(d.outcome == .truncated)
        #expect(d.stop?.layer == .ipv4)
        #expect(d.stop?.available == 12)
    }

    @Test func tcpDataOffsetBelowFiveIsMalformed() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 6, payload: 20)
        f.tcp(sport: 1, dport: 2, flags: 2, dataOffset: 2)
        let d = f.decode()
        #expect(d.outcome == .malformed)
        #expect(d.stop?.layer == .tcp)
        #expect(d.stop?.offset == 34)
        #expect(d.packet.hasPorts)
    }

    @Test func tcpHeaderLongerThanSegmentIsMalformed() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 6, payload: 24)
        f.tcp(sport: 1, dport: 2, flags: 2, dataOffset: 15)
        #expect(f.decode().outcome == .malformed)
    }

    @Test func truncatedInsideTCPHeaderKeepsPorts() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 6, payload: 20)
        f.tcp(sport: 1234, dport: 80, flags: 2)
        let d = f.decode(captured: 14 + 20 + 10)
        #expect(d.outcome == .truncated)
        #expect(d.stop?.layer == .tcp)
        #expect(d.packet.hasPorts && d.packet.source.port == 1234)
    }

    @Test func udpLengthBelowEightIsMalformed() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 17, payload: 8)
        f.udp(sport: 1, dport: 2, payload: 0, length: 4)
        let d = f.decode()
        #expect(d.outcome == .malformed)
        #expect(d.stop?.layer == .udp)
    }

    @Test func icmpIsAnotherTransport() {
        var f = FrameBytes()
        f.ethernet(type: 0x0800)
        f.ipv4(proto: 1, payload: 8)
        f.payload(8)
        let d = f.decode()
        #expect(d.outcome == .otherTransport)
        #expect(d.ipProto == 1)
    }
}
