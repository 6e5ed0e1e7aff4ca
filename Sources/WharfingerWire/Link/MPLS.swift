/// An MPLS label stack (RFC 3032). The stack does not say what it carries; after the
/// bottom label the first nibble tells IPv4 from IPv6, as routers and tcpdump guess.
enum MPLS {
    static let labelLength = 4
    static let bottomOfStack: UInt8 = 0x01

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at start: Int) {
        var offset = start
        while true {
            guard cursor.frame.mplsLabels < EtherTypeChain.maxLabels else {
                cursor.notIP(protocol: EtherType.mplsUnicast.rawValue)
                return
            }
            guard cursor.require(labelLength, at: offset, in: .mpls) else { return }
            let bottom = frame.u8(offset + 2) & bottomOfStack != 0
            offset += labelLength
            cursor.frame.mplsLabels += 1
            if bottom { break }
        }
        guard cursor.require(1, at: offset, in: .mpls) else { return }
        switch frame.u8(offset) >> 4 {
        case 4: IPv4.decode(frame, &cursor, at: offset)
        case 6: IPv6.decode(frame, &cursor, at: offset)
        default: cursor.notIP(protocol: EtherType.mplsUnicast.rawValue)
        }
    }
}
