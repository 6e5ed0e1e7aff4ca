import Foundation

/// Writes pcapng files block by block, in either byte order per section, for the files
/// libpcap refuses (mixed interfaces, sections of both byte orders) and damaged ones.
struct PcapngBuilder {
    private(set) var bytes: [UInt8] = []
    private var bigEndian = false

    /// Offset the next block will start at.
    var offset: Int { bytes.count }

    /// A Section Header Block; the blocks after it are written in its byte order.
    mutating func section(bigEndian: Bool) {
        self.bigEndian = bigEndian
        block(0x0A0D_0D0A, body: int(0x1A2B_3C4D, 4) + int(1, 2) + int(0, 2) + int(UInt64.max, 8))
    }

    /// An Interface Description Block. `tsresol`: the option's byte (nil: none, microseconds).
    mutating func interface(linkType: UInt16, snapLength: UInt32, name: String? = nil, tsresol: UInt8? = nil,
                            tsoffset: Int64? = nil) {
        var body = int(UInt64(linkType), 2) + int(0, 2) + int(UInt64(snapLength), 4)
        if let name { body += option(2, Array(name.utf8)) }
        if let tsresol { body += option(9, [tsresol]) }
        if let tsoffset { body += option(14, int(UInt64(bitPattern: tsoffset), 8)) }
        if body.count > 8 { body += option(0, []) }
        block(1, body: body)
    }

    /// An Enhanced Packet Block: `units` of the interface's time resolution.
    mutating func packet(interface: UInt32, units: UInt64, data: [UInt8], wireLength: Int? = nil) {
        let body = int(UInt64(interface), 4) + int(units >> 32, 4) + int(units & 0xffff_ffff, 4)
            + int(UInt64(data.count), 4) + int(UInt64(wireLength ?? data.count), 4) + padded(data)
        block(6, body: body)
    }

    mutating func simplePacket(data: [UInt8]) {
        block(3, body: int(UInt64(data.count), 4) + padded(data))
    }

    /// Any other block (a Name Resolution Block, a custom one): readers step over it.
    mutating func otherBlock(type: UInt32, body: [UInt8]) { block(type, body: padded(body)) }

    /// A block header that claims `length` bytes, with whatever follows.
    mutating func damagedBlock(length: UInt32, then tail: [UInt8] = []) {
        bytes += int(6, 4) + int(UInt64(length), 4) + tail
    }

    mutating func block(_ type: UInt32, body: [UInt8]) {
        let length = UInt64(12 + body.count)
        bytes += int(UInt64(type), 4) + int(length, 4) + body + int(length, 4)
    }

    func write(to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    private func option(_ code: UInt16, _ value: [UInt8]) -> [UInt8] {
        int(UInt64(code), 2) + int(UInt64(value.count), 2) + padded(value)
    }

    private func padded(_ data: [UInt8]) -> [UInt8] {
        data + [UInt8](repeating: 0, count: (4 - data.count % 4) % 4)
    }

    /// `value`'s low `size` bytes in the section's byte order.
    private func int(_ value: UInt64, _ size: Int) -> [UInt8] {
        let little = (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
        return bigEndian ? little.reversed() : little
    }
}

/// Small frames for hand-built captures: one UDP datagram 192.0.2.1:12345 -> 198.51.100.2:53.
enum SampleFrames {
    static let ipv4UDP: [UInt8] = [0x45, 0, 0, 29, 0, 0, 0, 0, 64, 17, 0, 0, 192, 0, 2, 1, 198, 51, 100, 2,
                                   0x30, 0x39, 0, 53, 0, 9, 0, 0, 0x61]
    static let ethernetUDP: [UInt8] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0x08, 0x00] + ipv4UDP
}
