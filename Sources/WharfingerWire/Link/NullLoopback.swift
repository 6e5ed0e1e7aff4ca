/// BSD loopback: a 4-byte address family. NULL stores it in the capturing host's byte
/// order (so either order here), LOOP in network order.
enum NullLoopback {
    static let headerLength = 4

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, networkOrder: Bool) {
        guard cursor.require(headerLength, at: 0, in: .link) else { return }
        var family = networkOrder ? frame.be32(0) : frame.le32(0)
        // A family written big-endian reads as a huge little-endian number.
        if !networkOrder && family > 0xffff { family = family.byteSwapped }
        AddressFamily.decode(frame, &cursor, family: family, at: headerLength)
    }
}
