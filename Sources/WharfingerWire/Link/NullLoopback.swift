/// BSD loopback: a 4-byte address family. NULL stores it in the capturing host's byte
/// order (so either order here), LOOP in network order.
enum NullLoopback {
    static let headerLength = 4
    static let afInet: UInt32 = 2
    /// AF_INET6 differs by system: 24 (NetBSD, OpenBSD), 28 (FreeBSD), 30 (macOS), 10 (Linux).
    static func isInet6(_ family: UInt32) -> Bool {
        switch family {
        case 10, 24, 28, 30: true
        default: false
        }
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, networkOrder: Bool) {
        guard cursor.require(headerLength, at: 0, in: .link) else { return }
        var family = networkOrder ? frame.be32(0) : frame.le32(0)
        // A family written big-endian reads as a huge little-endian number.
        if !networkOrder && family > 0xffff { family = family.byteSwapped }
        if family == afInet {
            IPv4.decode(frame, &cursor, at: headerLength)
        } else if isInet6(family) {
            IPv6.decode(frame, &cursor, at: headerLength)
        } else {
            cursor.notIP(protocol: UInt16(truncatingIfNeeded: family))
        }
    }
}
