/// PIM-SM Register messages (RFC 7761 section 4.9): a first-hop router sends a source's
/// multicast packet to the rendezvous point inside one. Version 2, type 1: the 4-byte PIM
/// header, 4 bytes of flags, then the packet. Other PIM messages are another transport.
enum PIMRegister {
    enum Field {
        static let versionAndType = 0
        static let headerLength = 8
    }
    static let register: UInt8 = 0x21

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        guard cursor.available(from: offset) >= Field.headerLength,
              frame.u8(offset + Field.versionAndType) == register else { return }
        guard cursor.enterTunnel(.pimRegister, at: offset, in: .pim) else { return }
        RawIP.decode(frame, &cursor, at: offset + Field.headerLength)
    }
}
