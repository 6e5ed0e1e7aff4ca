/// A PPPoE session frame (RFC 2516): 6 bytes of PPPoE header, then a PPP frame whose
/// protocol field is two bytes or, compressed, one.
enum PPPoE {
    static let headerLength = 6

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        guard cursor.require(headerLength, at: offset, in: .pppoe) else { return }
        PPP.decode(frame, &cursor, at: offset + headerLength)
    }
}
