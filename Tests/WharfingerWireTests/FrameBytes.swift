import WharfingerWire

/// Builds frame bytes layer by layer for decoder tests.
struct FrameBytes {
    var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func u16(_ v: UInt16) { bytes += [UInt8(v >> 8), UInt8(v & 0xff)] }
    mutating func u32(_ v: UInt32) { u16(UInt16(v >> 16)); u16(UInt16(v & 0xffff)) }
    /// Little-endian, as radiotap, PPI and (on the usual hosts) NFLOG TLVs write them.
    mutating func le16(_ v: UInt16) { bytes += [UInt8(v & 0xff), UInt8(v >> 8)] }
    mutating func le32(_ v: UInt32) { le16(UInt16(v & 0xffff)); le16(UInt16(v >> 16)) }
    mutating func zeros(_ count: Int) { bytes += [UInt8](repeating: 0, count: count) }

    mutating func ethernet(type: UInt16) {
        bytes += [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
        u16(type)
    }

    mutating func vlan(id: UInt16, next: UInt16) { u16(id); u16(next) }

    mutating func ipv4(proto: UInt8, payload: Int, ihl: UInt8 = 5, totalLength: UInt16? = nil,
                       fragment: UInt16 = 0, src: UInt32 = 0x0a00_0001, dst: UInt32 = 0x0a00_0002) {
        u8(0x40 | ihl)
        u8(0)
        u16(totalLength ?? UInt16(Int(ihl) * 4 + payload))
        u16(0x1234); u16(fragment)
        u8(64); u8(proto); u16(0)
        u32(src); u32(dst)
        for _ in 0..<max(0, Int(ihl) - 5) { u32(0x0101_0101) }  // NOP options
    }

    mutating func ipv6(next: UInt8, payload: Int, src: UInt64 = 1, dst: UInt64 = 2) {
        u32(0x6000_0000); u16(UInt16(payload)); u8(next); u8(64)
        u32(0x2001_0db8); u32(0); u32(0); u32(UInt32(src))
        u32(0x2001_0db8); u32(0); u32(0); u32(UInt32(dst))
    }

    mutating func tcp(sport: UInt16, dport: UInt16, flags: UInt8, seq: UInt32 = 1000, ack: UInt32 = 0,
                      dataOffset: UInt8 = 5) {
        u16(sport); u16(dport); u32(seq); u32(ack)
        u8(dataOffset << 4); u8(flags); u16(65535); u16(0); u16(0)
        for _ in 0..<max(0, Int(dataOffset) - 5) { u32(0x0101_0101) }
    }

    mutating func udp(sport: UInt16, dport: UInt16, payload: Int, length: UInt16? = nil) {
        u16(sport); u16(dport); u16(length ?? UInt16(8 + payload)); u16(0)
    }

    mutating func payload(_ count: Int) { bytes += [UInt8](repeating: 0x61, count: count) }

    func decode(_ link: LinkType = .ethernet, wireLength: Int? = nil, captured: Int? = nil) -> DecodedFrame {
        let decoder = FrameDecoder(linkType: link)!
        let cut = Array(bytes.prefix(captured ?? bytes.count))
        return cut.withUnsafeBytes { raw in
            decoder.decode(RawSpan(_unsafeBytes: raw), wireLength: wireLength ?? bytes.count)
        }
    }
}
