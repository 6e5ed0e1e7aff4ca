/// Raw IP: no link header; the version nibble tells IPv4 from IPv6.
enum RawIP {
    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        guard cursor.require(1, at: offset, in: .link) else { return }
        switch frame.u8(offset) >> 4 {
        case 4: IPv4.decode(frame, &cursor, at: offset)
        case 6: IPv6.decode(frame, &cursor, at: offset)
        default: cursor.notIP(protocol: UInt16(frame.u8(offset) >> 4))
        }
    }
}
