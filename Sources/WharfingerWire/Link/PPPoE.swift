/// A PPPoE session frame (RFC 2516): 6 bytes of PPPoE header, then the PPP protocol.
/// The protocol is 2 bytes, or 1 when compressed (RFC 1661 protocol field compression:
/// a first byte that is odd is the whole field).
enum PPPoE {
    enum Field {
        static let pppProtocol = 6
        static let compressedHeaderLength = 7
        static let headerLength = 8
    }
    static let pppIPv4: UInt16 = 0x0021
    static let pppIPv6: UInt16 = 0x0057

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        guard cursor.require(Field.compressedHeaderLength, at: offset, in: .pppoe) else { return }
        let first = frame.u8(offset + Field.pppProtocol)
        let pppProtocol: UInt16
        let next: Int
        if first & 1 == 1 {
            pppProtocol = UInt16(first)
            next = offset + Field.compressedHeaderLength
        } else {
            guard cursor.require(Field.headerLength, at: offset, in: .pppoe) else { return }
            pppProtocol = frame.be16(offset + Field.pppProtocol)
            next = offset + Field.headerLength
        }
        switch pppProtocol {
        case pppIPv4: IPv4.decode(frame, &cursor, at: next)
        case pppIPv6: IPv6.decode(frame, &cursor, at: next)
        default: cursor.notIP(protocol: EtherType.pppoeSession.rawValue)
        }
    }
}
