/// A PPP frame as tunnels carry it (PPTP, L2TP): the HDLC address and control bytes
/// (FF 03) when not compressed away, then the protocol field, one byte when compressed
/// (RFC 1661: a first byte with its low bit set ends the field).
enum PPP {
    static let addressAndControl: UInt16 = 0xff03
    static let ipv4: UInt16 = 0x0021
    static let ipv6: UInt16 = 0x0057

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at start: Int) {
        var offset = start
        guard cursor.require(1, at: offset, in: .ppp) else { return }
        if cursor.available(from: offset) >= 2 && frame.be16(offset) == addressAndControl { offset += 2 }
        guard cursor.require(1, at: offset, in: .ppp) else { return }
        let protocolNumber: UInt16
        if frame.u8(offset) & 1 == 1 {
            protocolNumber = UInt16(frame.u8(offset))
            offset += 1
        } else {
            guard cursor.require(2, at: offset, in: .ppp) else { return }
            protocolNumber = frame.be16(offset)
            offset += 2
        }
        switch protocolNumber {
        case ipv4: IPv4.decode(frame, &cursor, at: offset)
        case ipv6: IPv6.decode(frame, &cursor, at: offset)
        default: cursor.notIP(protocol: protocolNumber)
        }
    }
}
