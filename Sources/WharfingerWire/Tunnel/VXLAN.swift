/// VXLAN (RFC 7348): 8 bytes with the I flag and a 24-bit VNI, then an Ethernet frame;
/// and VXLAN-GPE, whose header names the protocol that follows.
enum VXLAN {
    enum Field {
        static let flags = 0
        static let nextProtocol = 3
        static let vni = 4
        static let lastReserved = 7
        static let headerLength = 8
    }
    /// The I flag: the VNI is valid. Without it the header is not VXLAN's.
    static let vniValid: UInt8 = 0x08
    /// VXLAN-GPE's P flag: the next-protocol field is present.
    static let nextProtocolPresent: UInt8 = 0x04
    static let gpeVersionMask: UInt8 = 0x30

    /// Returns false, touching nothing, when the header does not look like VXLAN.
    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, udpOffset: Int,
                       at offset: Int, length: Int) -> Bool {
        guard length >= Field.headerLength, cursor.available(from: offset) >= Field.headerLength,
              frame.u8(offset + Field.flags) & vniValid != 0, frame.u8(offset + Field.lastReserved) == 0
        else { return false }
        guard cursor.enterTunnel(.vxlan, identifier: vni(frame, offset), udpOffset: udpOffset,
                                 at: offset, in: .vxlan) else { return true }
        Ethernet.decode(frame, &cursor, at: offset + Field.headerLength)
        return true
    }

    static func decodeGPE(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, udpOffset: Int,
                          at offset: Int, length: Int) -> Bool {
        guard length >= Field.headerLength, cursor.available(from: offset) >= Field.headerLength else { return false }
        let flags = frame.u8(offset + Field.flags)
        guard flags & nextProtocolPresent != 0, flags & gpeVersionMask == 0 else { return false }
        let next = frame.u8(offset + Field.nextProtocol)
        guard (NSH.Next.ipv4...NSH.Next.mpls).contains(next) else { return false }
        guard cursor.enterTunnel(.vxlanGPE, identifier: vni(frame, offset), udpOffset: udpOffset,
                                 at: offset, in: .vxlan) else { return true }
        let inner = offset + Field.headerLength
        // GPE numbers its next protocols as NSH does.
        switch next {
        case NSH.Next.ipv4: IPv4.decode(frame, &cursor, at: inner)
        case NSH.Next.ipv6: IPv6.decode(frame, &cursor, at: inner)
        case NSH.Next.ethernet: Ethernet.decode(frame, &cursor, at: inner)
        case NSH.Next.nsh: NSH.decode(frame, &cursor, at: inner, depth: 0)
        default: MPLS.decode(frame, &cursor, at: inner)
        }
        return true
    }

    private static func vni(_ frame: borrowing RawSpan, _ offset: Int) -> UInt32 {
        frame.be32(offset + Field.vni) >> 8
    }
}
