/// A PPPoE session frame (RFC 2516): 6 bytes of PPPoE header, then the PPP protocol.
enum PPPoE {
    enum Field {
        static let pppProtocol = 6
        static let headerLength = 8
    }
    static let pppIPv4: UInt16 = 0x0021
    static let pppIPv6: UInt16 = 0x0057

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        guard cursor.require(Field.headerLength, at: offset, in: .pppoe) else { return }
        let next = offset + Field.headerLength
        switch frame.be16(offset + Field.pppProtocol) {
        case pppIPv4: IPv4.decode(frame, &cursor, at: next)
        case pppIPv6: IPv6.decode(frame, &cursor, at: next)
        default: cursor.notIP(protocol: EtherType.pppoeSession.rawValue)
        }
    }
}
