/// L2TPv2 data messages (RFC 2661): flags and version, optional length, tunnel and
/// session ids, optional sequence numbers and offset padding, then a PPP frame. Control
/// messages (T flag) and other versions (L2TPv3) stay ordinary UDP.
enum L2TP {
    static let control: UInt16 = 0x8000
    static let lengthPresent: UInt16 = 0x4000
    static let sequencePresent: UInt16 = 0x0800
    static let offsetPresent: UInt16 = 0x0200
    static let versionMask: UInt16 = 0x000f
    static let version2: UInt16 = 2

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, udpOffset: Int,
                       at offset: Int, length: Int) -> Bool {
        guard length >= 6, cursor.available(from: offset) >= 2 else { return false }
        let flags = frame.be16(offset)
        guard flags & control == 0, flags & versionMask == version2 else { return false }
        var at = offset + 2
        if flags & lengthPresent != 0 { at += 2 }
        guard cursor.available(from: at) >= 4 else { return false }
        let tunnelID = UInt32(frame.be16(at))
        at += 4
        guard cursor.enterTunnel(.l2tp, identifier: tunnelID, udpOffset: udpOffset, at: offset, in: .l2tp) else {
            return true
        }
        if flags & sequencePresent != 0 { at += 4 }
        if flags & offsetPresent != 0 {
            guard cursor.require(2, at: at, in: .l2tp) else { return true }
            at += 2 + Int(frame.be16(at))
        }
        PPP.decode(frame, &cursor, at: at)
        return true
    }
}
