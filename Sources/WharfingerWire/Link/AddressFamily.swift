/// The address family numbers link headers carry (BSD loopback, PFLOG, NFLOG): AF_INET
/// is 2 everywhere; AF_INET6 differs by system.
enum AddressFamily {
    static let inet: UInt32 = 2

    /// 10 (Linux), 24 (NetBSD, OpenBSD), 28 (FreeBSD), 30 (macOS).
    static func isInet6(_ family: UInt32) -> Bool {
        switch family {
        case 10, 24, 28, 30: true
        default: false
        }
    }

    /// Decodes the IP packet at `offset` that `family` names; any other family is not IP.
    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, family: UInt32, at offset: Int) {
        if family == inet {
            IPv4.decode(frame, &cursor, at: offset)
        } else if isInet6(family) {
            IPv6.decode(frame, &cursor, at: offset)
        } else {
            cursor.notIP(protocol: UInt16(truncatingIfNeeded: family))
        }
    }
}
