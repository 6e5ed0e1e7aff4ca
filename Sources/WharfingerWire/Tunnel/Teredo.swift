/// Teredo (RFC 4380): IPv6 packets in UDP, optionally behind an authentication
/// indicator and an origin indicator. With neither and no IPv6 header in front, the
/// datagram is not Teredo's.
enum Teredo {
    enum Indicator {
        static let authentication: UInt16 = 0x0001
        static let origin: UInt16 = 0x0000
        /// Type, client id length, authentication value length.
        static let authenticationFixedLength = 4
        /// Nonce and confirmation byte after the variable fields.
        static let authenticationTrailerLength = 9
        static let originLength = 8
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, udpOffset: Int,
                       at offset: Int, length: Int) -> Bool {
        let end = offset + length
        var inner = offset
        if cursor.available(from: inner) >= Indicator.authenticationFixedLength,
           frame.be16(inner) == Indicator.authentication {
            inner += Indicator.authenticationFixedLength + Int(frame.u8(inner + 2)) + Int(frame.u8(inner + 3))
                + Indicator.authenticationTrailerLength
        }
        if cursor.available(from: inner) >= 2, frame.be16(inner) == Indicator.origin {
            inner += Indicator.originLength
        }
        // Only a whole, captured IPv6 header whose payload fits makes it Teredo.
        guard end - inner >= IPv6.Field.headerLength, cursor.available(from: inner) >= IPv6.Field.headerLength,
              frame.u8(inner) >> 4 == 6,
              Int(frame.be16(inner + IPv6.Field.payloadLength)) + IPv6.Field.headerLength <= end - inner
        else { return false }
        guard cursor.enterTunnel(.teredo, udpOffset: udpOffset, at: offset, in: .teredo) else { return true }
        IPv6.decode(frame, &cursor, at: inner)
        return true
    }
}
