import Testing
import WharfingerWire

/// 802.11 data frames, with and without radiotap or PPI in front.
@Suite struct WirelessLinkDecodingTests {
    /// Frame control (type 2 data, `subtype`), duration, three addresses, sequence control
    /// (fragment number `fragment`), then the fourth address, QoS and HT control as the flags ask.
    private func dataHeader(into f: inout FrameBytes, subtype: UInt8 = 0, flags: UInt8 = 0x01,
                            qos: UInt16? = nil, fragment: UInt16 = 0) {
        f.u8(subtype << 4 | 2 << 2); f.u8(flags); f.le16(0x2c)
        f.zeros(18)
        f.le16(0x100 | fragment)
        if flags & 0x03 == 0x03 { f.zeros(6) }
        if let qos { f.le16(qos) }
        if qos != nil && flags & 0x80 != 0 { f.zeros(4) }
    }

    private func snap(into f: inout FrameBytes, type: UInt16) {
        f.bytes += [0xaa, 0xaa, 0x03, 0, 0, 0]
        f.u16(type)
    }

    private func udp4(into f: inout FrameBytes, payload: Int = 0) {
        f.ipv4(proto: 17, payload: 8 + payload)
        f.udp(sport: 5353, dport: 53, payload: payload)
        f.payload(payload)
    }

    /// Radiotap: version, pad, length, one present word, then TSFT (8 bytes) and flags.
    private func radiotap(into f: inout FrameBytes, flags: UInt8?) {
        f.u8(0); f.u8(0)
        f.le16(flags == nil ? 8 : 20)
        f.le32(flags == nil ? 0 : 0x03)
        if let flags { f.zeros(8); f.u8(flags); f.zeros(3) }
    }

    @Test func dataFrameThroughLLCSNAPToUDP() {
        var f = FrameBytes()
        dataHeader(into: &f)
        snap(into: &f, type: 0x0800)
        udp4(into: &f)
        let d = f.decode(.ieee80211)
        #expect(d.outcome == .udp)
        #expect(d.packet.networkOffset == 24 + 8)
        #expect(d.packet.destination.port == 53)
    }

    @Test func headerLengthFollowsAddressesQoSAndHTControl() {
        // ToDS+FromDS (4 addresses) + QoS + order bit: 30 + 2 + 4 = 36 bytes.
        var f = FrameBytes()
        dataHeader(into: &f, subtype: 8, flags: 0x83, qos: 0)
        snap(into: &f, type: 0x86dd)
        f.ipv6(next: 6, payload: 20)
        f.tcp(sport: 40000, dport: 443, flags: 0x02)
        let d = f.decode(.ieee80211)
        #expect(d.outcome == .tcp)
        #expect(d.packet.networkOffset == 36 + 8)
    }

    @Test func managementControlAndNullFramesAreNotIP() {
        let beacon = FrameBytes(bytes: [0x80, 0] + [UInt8](repeating: 0, count: 34))
        #expect(beacon.decode(.ieee80211).outcome == .notIP)
        let ack = FrameBytes(bytes: [0xd4, 0, 0, 0, 1, 2, 3, 4, 5, 6])
        #expect(ack.decode(.ieee80211).outcome == .notIP)
        var null = FrameBytes()
        dataHeader(into: &null, subtype: 4)
        #expect(null.decode(.ieee80211).outcome == .notIP)
    }

    @Test func protectedDataFrameIsEncrypted() {
        var f = FrameBytes()
        dataHeader(into: &f, flags: 0x41)
        f.payload(40)
        let d = f.decode(.ieee80211)
        #expect(d.outcome == .encrypted)
        #expect(d.stop == nil)
        #expect(FrameOutcome.encrypted.name == "encrypted")
    }

    @Test func laterFragmentCarriesNoLLC() {
        var f = FrameBytes()
        dataHeader(into: &f, fragment: 1)
        snap(into: &f, type: 0x0800)
        udp4(into: &f)
        #expect(f.decode(.ieee80211).outcome == .notIP)
    }

    @Test func plainLLCAndForeignSNAPAreNotIP() {
        var stp = FrameBytes()
        dataHeader(into: &stp)
        stp.bytes += [0x42, 0x42, 0x03]
        stp.zeros(35)
        #expect(stp.decode(.ieee80211).outcome == .notIP)

        var cisco = FrameBytes()
        dataHeader(into: &cisco)
        cisco.bytes += [0xaa, 0xaa, 0x03, 0x00, 0x00, 0x0c, 0x08, 0x00]  // OUI 00-00-0C: Cisco's numbers
        udp4(into: &cisco)
        #expect(cisco.decode(.ieee80211).outcome == .notIP)
    }

    @Test func truncatedMACHeaderNamesLayerAndOffset() {
        var f = FrameBytes()
        dataHeader(into: &f, subtype: 8, qos: 0)
        snap(into: &f, type: 0x0800)
        udp4(into: &f)
        let d = f.decode(.ieee80211, captured: 25)
        #expect(d.outcome == .truncated)
        #expect(QuotedStop(d.stop) == QuotedStop(.ieee80211, at: 0, .shortHeader, 26, 25))

        let llc = f.decode(.ieee80211, captured: 26 + 5)
        #expect(llc.stop?.layer == .llc)
        #expect(llc.stop?.offset == 26)
    }

    @Test func radiotapLengthSaysWhereTheFrameStarts() {
        var f = FrameBytes()
        radiotap(into: &f, flags: 0)
        dataHeader(into: &f)
        snap(into: &f, type: 0x0800)
        udp4(into: &f)
        let d = f.decode(.ieee80211Radiotap)
        #expect(d.outcome == .udp)
        #expect(d.packet.networkOffset == 20 + 24 + 8)
    }

    /// With the FCS flag the last 4 bytes are the checksum, not IP: an IPv4 total length
    /// of 0 (segmentation offload) falls back to the frame's length without them.
    @Test func radiotapFCSFlagLeavesTheChecksumOut() {
        var f = FrameBytes()
        radiotap(into: &f, flags: 0x10)
        dataHeader(into: &f)
        snap(into: &f, type: 0x0800)
        f.ipv4(proto: 6, payload: 0, totalLength: 0)
        f.tcp(sport: 40000, dport: 80, flags: 0x18)
        f.payload(10)
        f.bytes += [0xde, 0xad, 0xbe, 0xef]
        let withFCS = f.decode(.ieee80211Radiotap)
        #expect(withFCS.outcome == .tcp)
        #expect(withFCS.packet.payloadLength == 10)

        f.bytes[16] = 0  // the same frame, flags cleared: the checksum would count as payload
        #expect(f.decode(.ieee80211Radiotap).packet.payloadLength == 14)
    }

    @Test func radiotapDataPadAlignsTheBody() {
        var f = FrameBytes()
        radiotap(into: &f, flags: 0x20)
        dataHeader(into: &f, subtype: 8, qos: 0)  // 26 bytes, padded to 28
        f.zeros(2)
        snap(into: &f, type: 0x0800)
        udp4(into: &f)
        let d = f.decode(.ieee80211Radiotap)
        #expect(d.outcome == .udp)
        #expect(d.packet.networkOffset == 20 + 28 + 8)
    }

    @Test func radiotapFlagsAfterAnExtendedPresentBitmap() {
        // Two present words (bit 31 chains), TSFT aligned to 8 (offset 16), flags at 24.
        var f = FrameBytes()
        f.u8(0); f.u8(0); f.le16(28)
        f.le32(0x8000_0003); f.le32(0)
        f.zeros(4 + 8)
        f.u8(0x10); f.zeros(3)
        dataHeader(into: &f)
        snap(into: &f, type: 0x0800)
        f.ipv4(proto: 6, payload: 0, totalLength: 0)
        f.tcp(sport: 1, dport: 2, flags: 0x10)
        f.bytes += [1, 2, 3, 4]
        #expect(f.decode(.ieee80211Radiotap).packet.payloadLength == 0)
    }

    /// Below the 8 bytes of its fixed part the length is malformed; past the capture, truncated.
    @Test(arguments: [
        (UInt16(4), FrameOutcome.malformed, QuotedStop(.radiotap, at: 0, .linkHeaderLengthBelowMinimum, 4)),
        (UInt16(64), FrameOutcome.truncated, QuotedStop(.radiotap, at: 0, .shortHeader, 64, 28)),
    ])
    func radiotapLengthIsChecked(length: UInt16, outcome: FrameOutcome, stop: QuotedStop) {
        var f = FrameBytes()
        f.u8(0); f.u8(0); f.le16(length); f.le32(0)
        f.zeros(20)
        let d = f.decode(.ieee80211Radiotap)
        #expect(d.outcome == outcome)
        #expect(QuotedStop(d.stop) == stop)
    }

    @Test func ppiNamesTheInnerLinkType() {
        var wifi = FrameBytes()
        wifi.u8(0); wifi.u8(0); wifi.le16(8); wifi.le32(105)
        dataHeader(into: &wifi)
        snap(into: &wifi, type: 0x0800)
        udp4(into: &wifi)
        #expect(wifi.decode(.ppi).outcome == .udp)

        var ether = FrameBytes()
        ether.u8(0); ether.u8(0); ether.le16(8); ether.le32(1)
        ether.ethernet(type: 0x0800)
        udp4(into: &ether)
        let d = ether.decode(.ppi)
        #expect(d.outcome == .udp)
        #expect(d.packet.networkOffset == 8 + 14)

        var other = FrameBytes()
        other.u8(0); other.u8(0); other.le16(8); other.le32(147)
        other.zeros(20)
        #expect(other.decode(.ppi).outcome == .notIP)
        #expect(other.decode(.ppi, captured: 6).stop?.layer == .ppi)
    }
}
