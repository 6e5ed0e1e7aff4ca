/// Network Service Header (RFC 8300), as service-function chaining puts before the
/// frame or packet it steers. Its base header says its length and what follows.
enum NSH {
    enum Field {
        static let length = 1
        static let nextProtocol = 3
        static let minimumLength = 8
    }
    enum Next {
        static let ipv4: UInt8 = 1
        static let ipv6: UInt8 = 2
        static let ethernet: UInt8 = 3
        static let nsh: UInt8 = 4
        static let mpls: UInt8 = 5
    }

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int, depth: Int) {
        guard cursor.require(Field.minimumLength, at: offset, in: .link) else { return }
        let length = Int(frame.u8(offset + Field.length) & 0x3f) * 4
        guard length >= Field.minimumLength else {
            cursor.notIP(protocol: EtherType.nsh.rawValue)
            return
        }
        let next = offset + length
        switch frame.u8(offset + Field.nextProtocol) {
        case Next.ipv4: IPv4.decode(frame, &cursor, at: next)
        case Next.ipv6: IPv6.decode(frame, &cursor, at: next)
        case Next.mpls: MPLS.decode(frame, &cursor, at: next)
        case Next.nsh:
            guard depth < EtherTypeChain.maxNesting else { cursor.notIP(protocol: EtherType.nsh.rawValue); return }
            NSH.decode(frame, &cursor, at: next, depth: depth + 1)
        case Next.ethernet:
            guard cursor.require(Ethernet.Field.headerLength, at: next, in: .link) else { return }
            EtherTypeChain.decode(frame, &cursor, type: EtherType(rawValue: frame.be16(next + Ethernet.Field.etherType)),
                                  at: next + Ethernet.Field.headerLength, depth: depth + 1)
        default: cursor.notIP(protocol: EtherType.nsh.rawValue)
        }
    }
}
