import Testing
import WharfingerWire

/// Cisco HDLC, NFLOG, PFLOG, IP over InfiniBand and ARCnet.
@Suite struct SerialAndLogLinkDecodingTests {
    private func udp4(into f: inout FrameBytes) {
        f.ipv4(proto: 17, payload: 8)
        f.udp(sport: 5353, dport: 53, payload: 0)
    }

    private func tcp6(into f: inout FrameBytes) {
        f.ipv6(next: 6, payload: 20)
        f.tcp(sport: 40000, dport: 443, flags: 0x02)
    }

    @Test func ciscoHDLCProtocolIsAnEtherType() {
        var ip = FrameBytes(bytes: [0x0f, 0x00])
        ip.u16(0x0800)
        udp4(into: &ip)
        #expect(ip.decode(.ciscoHDLC).outcome == .udp)

        var slarp = FrameBytes(bytes: [0x8f, 0x00])
        slarp.u16(0x8035)
        slarp.zeros(14)
        let d = slarp.decode(.ciscoHDLC)
        #expect(d.outcome == .notIP)
        #expect(d.linkProtocol == 0x8035)

        #expect(QuotedStop(ip.decode(.ciscoHDLC, captured: 3).stop) == QuotedStop(.ciscoHDLC, at: 0, .shortHeader, 4, 3))
    }

    /// NFLOG: family, version, resource id; TLVs (length, type) little-endian as libpcap
    /// hands them over on this machine; the payload TLV (type 9) holds the packet.
    private func nflog(family: UInt8, into f: inout FrameBytes) {
        f.u8(family); f.u8(0); f.u16(0)
        f.le16(8); f.le16(1); f.u16(0x0800); f.u8(3); f.u8(0)  // packet header TLV
        f.le16(4 + 5); f.le16(10); f.bytes += Array("pfx1\0".utf8); f.zeros(3)  // prefix, padded to 4
    }

    @Test func nflogPayloadTLVHoldsThePacket() {
        var v4 = FrameBytes()
        nflog(family: 2, into: &v4)
        v4.le16(4 + 28); v4.le16(9)
        udp4(into: &v4)
        let d = v4.decode(.nflog)
        #expect(d.outcome == .udp)
        #expect(d.packet.networkOffset == 4 + 8 + 12 + 4)

        var v6 = FrameBytes()
        nflog(family: 10, into: &v6)
        v6.le16(4 + 60); v6.le16(9)
        tcp6(into: &v6)
        #expect(v6.decode(.nflog).outcome == .tcp)
    }

    @Test func nflogWithoutPayloadOrIPFamilyIsNotIP() {
        var none = FrameBytes()
        nflog(family: 2, into: &none)
        #expect(none.decode(.nflog).outcome == .notIP)

        var bridge = FrameBytes()
        nflog(family: 7, into: &bridge)
        #expect(bridge.decode(.nflog).outcome == .notIP)
    }

    @Test func nflogTLVShorterThanItsHeaderIsMalformed() {
        var f = FrameBytes(bytes: [2, 0, 0, 0])
        f.le16(2); f.le16(1)
        f.zeros(8)
        let d = f.decode(.nflog)
        #expect(d.outcome == .malformed)
        #expect(QuotedStop(d.stop) == QuotedStop(.nflog, at: 4, .linkHeaderLengthBelowMinimum, 2))
    }

    @Test func nflogCutInATLVHeaderIsTruncated() {
        var f = FrameBytes()
        nflog(family: 2, into: &f)
        let d = f.decode(.nflog, wireLength: 100, captured: 14)
        #expect(d.outcome == .truncated)
        #expect(QuotedStop(d.stop) == QuotedStop(.nflog, at: 12, .shortHeader, 4, 2))
    }

    /// PFLOG: header length 61 padded to 64, then the packet the family names.
    private func pflog(family: UInt8, length: UInt8 = 61, into f: inout FrameBytes) {
        f.u8(length); f.u8(family)
        f.zeros(62)
    }

    @Test func pflogFamilyPicksTheIPVersion() {
        var v4 = FrameBytes()
        pflog(family: 2, into: &v4)
        udp4(into: &v4)
        let d = v4.decode(.pflog)
        #expect(d.outcome == .udp)
        #expect(d.packet.networkOffset == 64)

        for family: UInt8 in [10, 24, 28, 30] {
            var v6 = FrameBytes()
            pflog(family: family, into: &v6)
            tcp6(into: &v6)
            #expect(v6.decode(.pflog).outcome == .tcp, "AF_INET6 \(family)")
        }
    }

    @Test func pflogHeaderLengthIsChecked() {
        var short = FrameBytes()
        pflog(family: 2, length: 20, into: &short)
        udp4(into: &short)
        #expect(QuotedStop(short.decode(.pflog).stop) == QuotedStop(.pflog, at: 0, .linkHeaderLengthBelowMinimum, 20))

        var cut = FrameBytes()
        pflog(family: 2, into: &cut)
        udp4(into: &cut)
        #expect(QuotedStop(cut.decode(.pflog, captured: 40).stop) == QuotedStop(.pflog, at: 0, .shortHeader, 64, 40))
    }

    @Test func ipoibEtherTypeAfterTwoHardwareAddresses() {
        var f = FrameBytes()
        f.zeros(40)
        f.u16(0x0800); f.u16(0)
        udp4(into: &f)
        let d = f.decode(.ipoib)
        #expect(d.outcome == .udp)
        #expect(d.packet.networkOffset == 44)
        #expect(f.decode(.ipoib, captured: 43).stop?.layer == .ipoib)
    }

    @Test func arcnetRFC1051AndRFC1201Headers() {
        // Linux: source, destination, 2-byte offset, code; RFC 1201 adds flag and sequence id.
        var old = FrameBytes(bytes: [0xbe, 0x50, 0xab, 0x08, 0xf0])
        udp4(into: &old)
        #expect(old.decode(.arcnetLinux).packet.networkOffset == 5)
        #expect(old.decode(.arcnetLinux).outcome == .udp)

        var new = FrameBytes(bytes: [0xbe, 0x50, 0xa8, 0xe7, 0xd4, 0x00, 0x01, 0x66])
        udp4(into: &new)
        #expect(new.decode(.arcnetLinux).packet.networkOffset == 8)

        // BSD: no offset field.
        var bsd = FrameBytes(bytes: [0xbe, 0x50, 0xd4, 0x00, 0x01, 0x66])
        tcp6(into: &bsd)
        bsd.bytes[2] = 0xc4
        #expect(bsd.decode(.arcnetBSD).outcome == .tcp)

        var arp = FrameBytes(bytes: [0xbe, 0x00, 0xea, 0x08, 0xd5, 0x00, 0x01, 0x65])
        arp.zeros(18)
        #expect(arp.decode(.arcnetLinux).outcome == .notIP)
        #expect(arp.decode(.arcnetLinux).linkProtocol == 0xd5)
    }

    @Test func arcnetBSDSplitPacketsAndExceptionFrames() {
        // Flag 1: first of two pieces, it carries the IP header.
        var first = FrameBytes(bytes: [0xbe, 0x50, 0xd4, 0x01, 0x00, 0x07])
        udp4(into: &first)
        #expect(first.decode(.arcnetBSD).outcome == .udp)

        // Flag 2: the second piece, no header in it.
        var second = FrameBytes(bytes: [0xbe, 0x50, 0xd4, 0x02, 0x00, 0x07])
        second.zeros(30)
        #expect(second.decode(.arcnetBSD).outcome == .notIP)

        // Exception: flag 0xff, then code, flag and sequence id again.
        var exception = FrameBytes(bytes: [0xbe, 0x50, 0xd4, 0xff, 0xff, 0xff, 0xd4, 0x00, 0x00, 0x07])
        udp4(into: &exception)
        let d = exception.decode(.arcnetBSD)
        #expect(d.outcome == .udp)
        #expect(d.packet.networkOffset == 10)
        #expect(QuotedStop(exception.decode(.arcnetBSD, captured: 8).stop) == QuotedStop(.arcnet, at: 0, .shortHeader, 10, 8))
    }
}
