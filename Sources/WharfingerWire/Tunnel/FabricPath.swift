/// Cisco FabricPath: the outer switch addresses, EtherType 0x8903, 2 bytes of forwarding
/// tag and TTL, then the classical Ethernet frame it carries.
enum FabricPath {
    static let tagLength = 2

    static func decode(_ frame: borrowing RawSpan, _ cursor: inout DecodeCursor, at offset: Int) {
        guard cursor.require(tagLength, at: offset, in: .fabricPath) else { return }
        guard cursor.enterTunnel(.fabricPath, at: offset, in: .fabricPath) else { return }
        Ethernet.decode(frame, &cursor, at: offset + tagLength)
    }
}
